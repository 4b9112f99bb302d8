using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Domain.Patients;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Caseload;

public sealed record CaseloadEntry(Guid PatientId, string DisplayName, DateTimeOffset? LastSession, int SessionCount, string NextStep, IReadOnlyList<AllianceFlag> OpenFlags)
{
    /// <summary>Alerts in an episode that has not recovered: what the clinician should look at before the next appointment.</summary>
    public bool NeedsAttention => Domain.Alliance.OpenFlags.NeedAttention(OpenFlags);
}

/// <summary>A clinician's active patients with their last attended session and open alliance flags, in two queries.</summary>
public sealed class CaseloadService(IDbContextFactory<PainCareDbContext> contextFactory, AllianceAnalyser analyser, IAuditTrail audit)
{
    public async Task<IReadOnlyList<CaseloadEntry>> GetCaseloadAsync(string clinicianId, CancellationToken cancellationToken = default)
    {
        var caseload = await GetCaseloadCoreAsync(clinicianId, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.CaseloadRead, AuditOutcomes.Succeeded, clinicianId), cancellationToken);
        return caseload;
    }

    private async Task<IReadOnlyList<CaseloadEntry>> GetCaseloadCoreAsync(string clinicianId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patients = db.Patients.Where(p => p.ClinicianId == clinicianId && p.Status == PatientStatus.Active);
        var rows = await patients.AsNoTracking()
            .Select(p => new
            {
                p.Id,
                DisplayName = PatientIdentity.DisplayNameOf(p.Identity.GivenName, p.Identity.FamilyName, p.Identity.PreferredName),
                LastSession = p.Sessions.Where(s => s.Attendance == Attendance.Attended).Max(s => (DateTimeOffset?)s.StartsAt),
                SessionCount = p.Sessions.Count,
                p.NextStep,
            })
            .ToListAsync(cancellationToken);
        var series = await db.Sessions.AsNoTracking()
            .Where(s => patients.Any(p => p.Id == s.PatientId))
            .Select(s => new SessionRatings(
                s.PatientId, s.StartsAt, s.Attendance, s.Attendance == Attendance.Attended ? s.PainBefore : null, s.Ratings.Select(r => new RatingRow(r.InstrumentId, r.Rater, r.ItemScores)).ToList()))
            .ToListAsync(cancellationToken);
        var flags = series.GroupBy(s => s.PatientId).ToDictionary(g => g.Key, g => OpenFlags.Of(analyser.Analyse(g.ToList())));
        return rows
            .Select(r => new CaseloadEntry(
                r.Id,
                r.DisplayName,
                r.LastSession,
                r.SessionCount,
                r.NextStep,
                flags.GetValueOrDefault(r.Id, [])))
            .OrderByDescending(r => r.NeedsAttention)
            .ThenByDescending(r => r.LastSession)
            .ToList();
    }
}
