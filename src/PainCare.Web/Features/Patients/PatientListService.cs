using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Patients;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Patients;

public sealed record PatientListEntry(Guid PatientId, string DisplayName, DateOnly DateOfBirth, PatientStatus Status, int SessionCount);

public sealed class PatientListService(IDbContextFactory<PainCareDbContext> contextFactory, IAuditTrail audit)
{
    public async Task<IReadOnlyList<PatientListEntry>> GetPatientsAsync(string clinicianId, CancellationToken cancellationToken = default)
    {
        var patients = await GetPatientsCoreAsync(clinicianId, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.PatientListRead, AuditOutcomes.Succeeded, clinicianId), cancellationToken);
        return patients;
    }

    private async Task<IReadOnlyList<PatientListEntry>> GetPatientsCoreAsync(string clinicianId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Patients.AsNoTracking()
            .Where(p => p.ClinicianId == clinicianId)
            .OrderBy(p => p.Identity.FamilyName).ThenBy(p => p.Identity.GivenName)
            .Select(p => new PatientListEntry(
                p.Id,
                PatientIdentity.DisplayNameOf(p.Identity.GivenName, p.Identity.FamilyName, p.Identity.PreferredName),
                p.Identity.DateOfBirth,
                p.Status,
                p.Sessions.Count))
            .ToListAsync(cancellationToken);
    }
}
