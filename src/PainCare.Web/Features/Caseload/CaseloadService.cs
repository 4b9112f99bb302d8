using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Patients;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Caseload;

public sealed record CaseloadEntry(Guid PatientId, string DisplayName, DateTimeOffset? LastSession, int SessionCount, string NextStep);

/// <summary>A clinician's active patients with their last attended session, in one query.</summary>
public sealed class CaseloadService(IDbContextFactory<PainCareDbContext> contextFactory)
{
    public async Task<IReadOnlyList<CaseloadEntry>> GetCaseloadAsync(string clinicianId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Patients.AsNoTracking()
            .Where(p => p.ClinicianId == clinicianId && p.Status == PatientStatus.Active)
            .Select(p => new
            {
                p.Id,
                p.Identity.GivenName,
                p.Identity.FamilyName,
                p.Identity.PreferredName,
                LastSession = p.Sessions.Where(s => s.Attendance == Attendance.Attended).Max(s => (DateTimeOffset?)s.StartsAt),
                SessionCount = p.Sessions.Count,
                p.NextStep,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new CaseloadEntry(r.Id, $"{(string.IsNullOrEmpty(r.PreferredName) ? r.GivenName : r.PreferredName)} {r.FamilyName}", r.LastSession, r.SessionCount, r.NextStep))
            .OrderByDescending(r => r.LastSession)
            .ToList();
    }
}
