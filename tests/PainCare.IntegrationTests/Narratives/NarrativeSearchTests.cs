using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Search;
using PainCare.Domain.Narratives;
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
    public async Task Search_AQuotedPhrase_FindsOnlyItsWordsTogetherInOrder()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var narratives = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        await using var db = clinic.Database.CreateContext();
        var drafts = db.NarrativeNotes.Where(n => n.Status == Domain.Narratives.NoteStatus.Draft && db.Sessions.Any(s => s.Id == n.SessionId && s.Patient.ClinicianId == clinic.Sam))
            .Select(n => new { n.SessionId, n.Revision }).Take(2).ToList();
        await narratives.SaveDraftAsync(clinic.Sam, drafts[0].SessionId, "She held her breath while the marimba played.", drafts[0].Revision);
        await narratives.SaveDraftAsync(clinic.Sam, drafts[1].SessionId, "The marimba was loud; she held the rail and her breath came fast.", drafts[1].Revision);
        var search = new NarrativeSearchService(clinic.Contexts, PainCare.Web.Features.Audit.NoAuditTrail.Instance);

        var phrase = await search.SearchAsync(clinic.Sam, "\"held her breath\" marimba");
        var words = await search.SearchAsync(clinic.Sam, "held her breath marimba");

        Assert.Equal(drafts[0].SessionId, Assert.Single(phrase.Hits).SessionId);
        Assert.Equal(2, words.Hits.Count);
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

    [Fact]
    public async Task Search_FindsAddenda_Observations_AndOwnReflectionAnswers_OnTheClinicansOwnPatientsOnly()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var sams = await NotesOfAsync(clinic, clinic.Sam, 4);
        var priyas = await NotesOfAsync(clinic, clinic.Priya, 1);
        await using (var db = clinic.Database.CreateContext())
        {
            db.AddRange(
                Addendum(sams[0].Note, clinic.Sam, "Later she said the bandoneon had helped."),
                Observation(sams[1].Note, clinic.Sam, "braced her shoulders", "talk of the bandoneon"),
                Reflection(sams[2].Session, clinic.Sam, "rule-a", "I was drawn to the bandoneon story."),
                Reflection(sams[3].Session, clinic.Priya, "rule-a", "A covering note about the bandoneon."),
                Addendum(priyas[0].Note, clinic.Priya, "He brought his bandoneon."));
            await db.SaveChangesAsync();
        }

        var search = new NarrativeSearchService(clinic.Contexts, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var samsHits = (await search.SearchAsync(clinic.Sam, "bandoneon")).Hits;
        var priyasHits = (await search.SearchAsync(clinic.Priya, "bandoneon")).Hits;

        Assert.Equal(
            new Dictionary<Guid, string>
            {
                [sams[0].Session] = "Found in an addendum.",
                [sams[1].Session] = "Found in an observation.",
                [sams[2].Session] = "Found in your reflection.",
            },
            samsHits.ToDictionary(h => h.SessionId, h => h.Where));
        Assert.All(samsHits, h => Assert.Contains("<mark>bandoneon</mark>", h.Snippet.Value, StringComparison.Ordinal));
        Assert.Equal(priyas[0].Session, Assert.Single(priyasHits).SessionId);
    }

    [Fact]
    public async Task Search_ListsASessionOnce_WithEveryPlaceItMatched_AndFollowsChangedAnswersAndRemovedObservations()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (session, revision, _) = await clinic.DraftOfAsync(clinic.Sam);
        await new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance).SaveDraftAsync(clinic.Sam, session, "We spoke about the marimba.", revision);
        await using var db = clinic.Database.CreateContext();
        var note = await db.NarrativeNotes.Where(n => n.SessionId == session).Select(n => n.Id).SingleAsync();
        var observation = Observation(note, clinic.Sam, "eyes down", "the marimba");
        var answer = Reflection(session, clinic.Sam, "rule-b", "The marimba mattered to her.");
        db.AddRange(Addendum(note, clinic.Sam, "And the marimba again."), observation, answer);
        await db.SaveChangesAsync();
        var search = new NarrativeSearchService(clinic.Contexts, PainCare.Web.Features.Audit.NoAuditTrail.Instance);

        var hit = Assert.Single((await search.SearchAsync(clinic.Sam, "marimba")).Hits);

        Assert.Equal(SearchPlaces.Narrative | SearchPlaces.Addendum | SearchPlaces.Observation | SearchPlaces.Reflection, hit.Places);
        Assert.Matches(@"^Found in [a-z ]+; also in [a-z ]+, in [a-z ]+ and in [a-z ]+\.$", hit.Where);

        answer.Answer = "Her xylophone mattered more.";
        db.Remove(observation);
        await db.SaveChangesAsync();
        var after = Assert.Single((await search.SearchAsync(clinic.Sam, "marimba")).Hits);
        Assert.Equal(SearchPlaces.Narrative | SearchPlaces.Addendum, after.Places);
        Assert.Equal(SearchPlaces.Reflection, Assert.Single((await search.SearchAsync(clinic.Sam, "xylophone")).Hits).Places);
        if (clinic.Database.Provider == DatabaseProvider.Sqlite)
        {
            // FTS5 checks each index against its table's rows (rank 1: the external content too) and throws if a
            // trigger left it out of step.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "NoteAddendaSearch"("NoteAddendaSearch", rank) VALUES ('integrity-check', 1);
                INSERT INTO "ObservationsSearch"("ObservationsSearch", rank) VALUES ('integrity-check', 1);
                INSERT INTO "ReflectionResponsesSearch"("ReflectionResponsesSearch", rank) VALUES ('integrity-check', 1);
                """);
        }
    }

    private static async Task<List<(Guid Session, Guid Note)>> NotesOfAsync(ClinicFixture clinic, string clinicianId, int count)
    {
        await using var db = clinic.Database.CreateContext();
        var notes = await db.NarrativeNotes.Where(n => db.Sessions.Any(s => s.Id == n.SessionId && s.Patient.ClinicianId == clinicianId))
            .OrderBy(n => n.Id).Select(n => new { n.SessionId, n.Id }).Take(count).ToListAsync();
        return notes.Select(n => (n.SessionId, n.Id)).ToList();
    }

    private static NoteAddendum Addendum(Guid note, string author, string text) =>
        new() { Id = Guid.NewGuid(), NoteId = note, AuthorId = author, Text = text, CreatedAt = DateTimeOffset.UtcNow };

    private static Observation Observation(Guid note, string author, string detail, string antecedent) =>
        new() { Id = Guid.NewGuid(), NoteId = note, AuthorId = author, Kind = ObservationKind.SafetyCue, Aspect = "guarding", Detail = detail, Antecedent = antecedent, CreatedAt = DateTimeOffset.UtcNow };

    private static ReflectionResponse Reflection(Guid session, string author, string rule, string answer) =>
        new() { Id = Guid.NewGuid(), SessionId = session, RuleId = rule, Category = "relational", PromptText = "What stayed with you?", Answer = answer, AuthorId = author, UpdatedAt = DateTimeOffset.UtcNow };
}
