using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Narratives;
using PainCare.Web.Features.Sessions;
using Xunit.Abstractions;

namespace PainCare.IntegrationTests.Narratives;

/// <summary>
/// Twenty physiotherapists saving drafts at once. SQLite takes one writer at a time (WAL): the others must wait on the
/// busy timeout, never fail with "database is locked"; PostgreSQL takes them side by side. The latencies are printed
/// for docs/performance.md, not asserted.
/// </summary>
public sealed class ConcurrentWritersTests(ITestOutputHelper output)
{
    private const int Writers = 20;
    private const int SavesEach = 15;

    [Fact]
    public async Task TwentyWritersSavingAtOnce_AllSave_AndEveryVersionIsKept()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var drafts = await DraftsAsync(clinic);
        Assert.True(drafts.Count >= Writers, $"The demo clinic has {drafts.Count} draft notes; this test needs {Writers}.");
        var service = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var latencies = new List<double>();

        var outcomes = await Task.WhenAll(drafts.Take(Writers).Select(draft => Task.Run(async () =>
        {
            var revision = draft.Revision;
            var statuses = new List<SaveStatus>();
            for (var save = 1; save <= SavesEach; save++)
            {
                var clock = Stopwatch.StartNew();
                var result = await service.SaveDraftAsync(draft.ClinicianId, draft.SessionId, $"{draft.Text} Addition {save}.", revision);
                lock (latencies)
                {
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                }

                statuses.Add(result.Status);
                revision = result.Revision;
            }

            return (draft.SessionId, Statuses: statuses, From: draft.Revision);
        })));

        Assert.All(outcomes, o => Assert.All(o.Statuses, status => Assert.Equal(SaveStatus.Saved, status)));
        await using var db = clinic.Database.CreateContext();
        var sessionIds = outcomes.Select(o => o.SessionId).ToList();
        var stored = await db.NarrativeNotes.AsNoTracking().Where(n => sessionIds.Contains(n.SessionId))
            .Select(n => new { n.SessionId, n.Revision, Revisions = n.Versions.Select(v => v.Revision).ToList() }).ToListAsync();
        Assert.All(outcomes, o =>
        {
            var note = stored.Single(s => s.SessionId == o.SessionId);
            Assert.Equal(o.From + SavesEach, note.Revision);
            // One writer's saves seconds apart are one sitting: a single new version holding the last (ADR 0220).
            Assert.Equal([o.From + SavesEach], note.Revisions.Where(r => r > o.From));
        });
        latencies.Sort();
        output.WriteLine($"{clinic.Database.Provider}: {latencies.Count} draft saves from {Writers} writers at once, " +
            $"p50 {latencies[latencies.Count / 2]:F1} ms, p95 {latencies[(int)(latencies.Count * 0.95)]:F1} ms, max {latencies[^1]:F1} ms");
    }

    private static async Task<List<(Guid SessionId, string ClinicianId, int Revision, string Text)>> DraftsAsync(ClinicFixture clinic)
    {
        await using var db = clinic.Database.CreateContext();
        var drafts = await db.NarrativeNotes.AsNoTracking()
            .Where(n => n.Status == NoteStatus.Draft)
            .Select(n => new { n.SessionId, db.Sessions.Single(s => s.Id == n.SessionId).Patient.ClinicianId, n.Revision, n.Text })
            .ToListAsync();
        return drafts.Select(d => (d.SessionId, d.ClinicianId, d.Revision, d.Text)).ToList();
    }
}
