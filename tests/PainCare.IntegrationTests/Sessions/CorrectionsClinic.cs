using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using PainCare.Domain.Sessions;
using PainCare.IntegrationTests.Narratives;
using PainCare.Web.Features.Audit;
using PainCare.Web.Features.Sessions;
using PainCare.Web.Features.Sessions.Corrections;

namespace PainCare.IntegrationTests.Sessions;

/// <summary>The correction, deletion and restore services over a seeded clinic, with the real audit trail.</summary>
internal static class CorrectionsClinic
{
    // No merging window: each test counts every row a correction writes.
    private static readonly AuditCoalescing _everyRow = new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["PainCare:AuditCoalesceSeconds"] = "0" }).Build());

    public static AuditTrail Audit(ClinicFixture clinic) =>
        new(clinic.Contexts, new AuditClient(new HttpContextAccessor()), _everyRow, TimeProvider.System, NullLogger<AuditTrail>.Instance);

    public static SessionCorrectionService Corrections(ClinicFixture clinic) => new(clinic.Contexts, clinic.Clock, Audit(clinic));

    public static SessionDeletionService Deletions(ClinicFixture clinic) => new(clinic.Contexts, Audit(clinic));

    public static NoteRestoreService Restores(ClinicFixture clinic, TimeProvider clock) => new(clinic.Contexts, clock, Audit(clinic));

    /// <summary>A session recorded through the form with no narrative: what a mistaken record usually is.</summary>
    public static async Task<Guid> EmptySessionAsync(ClinicFixture clinic)
    {
        await using var db = clinic.Database.CreateContext();
        var patientId = await db.Patients.Where(p => p.ClinicianId == clinic.Sam).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var input = new SessionInput { Date = clinic.Clock.Today.AddDays(-1), StartTime = new TimeOnly(10, 0), Attendance = Attendance.Attended, PainBefore = "6", PainAfter = "4" };
        var result = await new SessionRecordService(clinic.Contexts, clinic.Clock, TimeProvider.System, NoAuditTrail.Instance).RecordAsync(clinic.Sam, patientId, input);
        return result.SessionId!.Value;
    }

    public static async Task<IReadOnlyList<(string Action, string Outcome)>> AuditOfAsync(ClinicFixture clinic, Guid sessionId)
    {
        await using var db = clinic.Database.CreateContext();
        var id = sessionId.ToString();
        // The changes only: opening the correction form records a read of the session as well.
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.EntityId == id && e.Action != AuditActions.SessionRead).OrderBy(e => e.Id).Select(e => new { e.Action, e.Outcome }).ToListAsync();
        return rows.Select(r => (r.Action, r.Outcome)).ToList();
    }
}
