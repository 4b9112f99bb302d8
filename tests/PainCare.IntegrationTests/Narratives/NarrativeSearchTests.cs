using Microsoft.EntityFrameworkCore;
using PainCare.Web.Features.Search;
using PainCare.Web.Features.Sessions;

namespace PainCare.IntegrationTests.Narratives;

public sealed class NarrativeSearchTests
{
    [Fact]
    public async Task Search_MatchesWordForms_HighlightsThem_AndStaysOnTheClinicansOwnPatients()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var narratives = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (samsSession, samsRevision, _) = await clinic.DraftOfAsync(clinic.Sam);
        var (priyasSession, priyasRevision, _) = await clinic.DraftOfAsync(clinic.Priya);
        await narratives.SaveDraftAsync(clinic.Sam, samsSession, "She recoiled at R&D <script>alert(1)</script> and kept guarding the xylophonist's shoulder.", samsRevision);
        await narratives.SaveDraftAsync(clinic.Priya, priyasSession, "He was guarding the xylophonist's wrist.", priyasRevision);
        var search = new NarrativeSearchService(clinic.Contexts, PainCare.Web.Features.Audit.NoAuditTrail.Instance);

        var samsHits = await search.SearchAsync(clinic.Sam, "xylophonist guarded");
        var priyasHits = await search.SearchAsync(clinic.Priya, "xylophonist");

        var hit = Assert.Single(samsHits.Hits);
        Assert.Equal(samsSession, hit.SessionId);
        Assert.Contains("<mark>guarding</mark>", hit.Snippet.Value, StringComparison.Ordinal);
        Assert.Contains("R&amp;D", hit.Snippet.Value, StringComparison.Ordinal);
        Assert.DoesNotMatch("<(?!/?mark>)", hit.Snippet.Value);
        Assert.Equal(priyasSession, Assert.Single(priyasHits.Hits).SessionId);
    }

    [Fact]
    public async Task Search_RanksTheCloserMatchFirst()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var narratives = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        await using var db = clinic.Database.CreateContext();
        var drafts = db.NarrativeNotes.Where(n => n.Status == Domain.Narratives.NoteStatus.Draft && db.Sessions.Any(s => s.Id == n.SessionId && s.Patient.ClinicianId == clinic.Sam))
            .Select(n => new { n.SessionId, n.Revision }).Take(2).ToList();
        await narratives.SaveDraftAsync(clinic.Sam, drafts[0].SessionId, "A quiet session about the zither.", drafts[0].Revision);
        await narratives.SaveDraftAsync(clinic.Sam, drafts[1].SessionId, "Zither, zither, zither: she spoke of nothing but the zither and her zither lessons.", drafts[1].Revision);

        var hits = await new NarrativeSearchService(clinic.Contexts, PainCare.Web.Features.Audit.NoAuditTrail.Instance).SearchAsync(clinic.Sam, "zither");

        Assert.Equal([drafts[1].SessionId, drafts[0].SessionId], hits.Hits.Select(h => h.SessionId));
    }

    [Fact]
    public async Task Search_FollowsAPatientMovedToAnotherClinician()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (session, revision, _) = await clinic.DraftOfAsync(clinic.Sam);
        await new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance).SaveDraftAsync(clinic.Sam, session, "He hummed along to the glockenspiel in the waiting room.", revision);
        var search = new NarrativeSearchService(clinic.Contexts, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        Assert.Single((await search.SearchAsync(clinic.Sam, "glockenspiel")).Hits);

        await using (var db = clinic.Database.CreateContext())
        {
            var patient = await db.Sessions.Where(s => s.Id == session).Select(s => s.PatientId).SingleAsync();
            await db.Patients.Where(p => p.Id == patient).ExecuteUpdateAsync(set => set.SetProperty(p => p.ClinicianId, clinic.Priya));
        }

        Assert.Empty((await search.SearchAsync(clinic.Sam, "glockenspiel")).Hits);
        Assert.Equal(session, Assert.Single((await search.SearchAsync(clinic.Priya, "glockenspiel")).Hits).SessionId);
    }

    [Fact]
    public async Task Search_PagesThroughEveryMatch_WithoutRepeatingOne()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var patient = await Performance.ClinicRows.AddPatientAsync(clinic.Database, clinic.Sam, sessions: 0);
        await Performance.ClinicRows.AddSessionsAsync(clinic.Database, patient, NarrativeSearchService.PageSize + 5, "a talk about her theremin");
        var search = new NarrativeSearchService(clinic.Contexts, PainCare.Web.Features.Audit.NoAuditTrail.Instance);

        var first = await search.SearchAsync(clinic.Sam, "theremin");
        var second = await search.SearchAsync(clinic.Sam, "theremin", skip: first.Hits.Count);

        Assert.Equal(NarrativeSearchService.PageSize, first.Hits.Count);
        Assert.True(first.HasMore);
        Assert.Equal(5, second.Hits.Count);
        Assert.False(second.HasMore);
        Assert.Equal(NarrativeSearchService.PageSize + 5, first.Hits.Concat(second.Hits).Select(h => h.SessionId).Distinct().Count());
    }
}
