using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Seeding.Scale;
using PainCare.Domain.Narratives;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;
using PainCare.Testing;
using PainCare.Web.Features.Search;

namespace PainCare.IntegrationTests.Seeding;

public sealed class ScaleSeederTests
{
    private static readonly ScaleSeedOptions _options = new(ScaleShape.ForScale(1), Seed: 5, Today: new DateOnly(2026, 11, 20));

    [Fact]
    public async Task ScaleOne_HasTheDemoShapeTimesOne()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var result = await ScaleClinicSeeder.SeedAsync(db, _options);

        Assert.Equal((3, 25, 1_000), (result.Clinicians, result.Patients, result.Sessions));
        Assert.InRange(result.Narratives, 900, 1_000);
        Assert.Equal(result.Narratives, result.Versions);
        Assert.Equal(2 * result.Narratives, result.Ratings);
        Assert.DoesNotContain(result.SharedPassword, result.ToString(), StringComparison.Ordinal);
        var sessionsPerPatient = await db.Patients.Select(p => p.Sessions.Count).ToListAsync();
        Assert.Equal(25, sessionsPerPatient.Count);
        Assert.All(sessionsPerPatient, count => Assert.InRange(count, ScaleShape.MinSessionsPerPatient, ScaleShape.MaxSessionsPerPatient));
        Assert.Equal(1_000, sessionsPerPatient.Sum());
        Assert.Equal(3, await db.Patients.Select(p => p.ClinicianId).Distinct().CountAsync());
        Assert.Equal(25, await db.NarrativeNotes.CountAsync(n => n.Status == NoteStatus.Draft));
        await AssertNarrativesAsync(db);
        await AssertRatingsAsync(db);
    }

    [Fact]
    public async Task SameSeed_GivesTheSameNarratives_AndANonEmptyDatabaseIsRefused()
    {
        await using var first = await TestDatabase.CreateAsync();
        await using var second = await TestDatabase.CreateAsync();

        var firstNotes = await SeedAndReadNotesAsync(first);
        var secondNotes = await SeedAndReadNotesAsync(second);
        await using var db = first.CreateContext();
        var again = await Assert.ThrowsAsync<ScaleSeedRefusedException>(() => ScaleClinicSeeder.SeedAsync(db, _options with { Seed = 6 }));

        Assert.Equal(firstNotes, secondNotes);
        Assert.Contains("already holds patients", again.Message, StringComparison.Ordinal);
        Assert.Equal(25, await db.Patients.CountAsync());
        Assert.Equal(3, await db.Users.CountAsync());
    }

    [Fact]
    public async Task ScaledNarratives_AreFoundBySearch()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            await ScaleClinicSeeder.SeedAsync(db, _options);
        }

        await using var read = database.CreateContext();
        var clinician = await read.Patients.Select(p => p.ClinicianId).OrderBy(id => id).FirstAsync();
        var hits = await new NarrativeSearchService(new Factory(database), PainCare.Web.Features.Audit.NoAuditTrail.Instance).SearchAsync(clinician, "hydrotherapy pool");

        Assert.Equal(NarrativeSearchService.PageSize, hits.Hits.Count);
        Assert.All(hits.Hits, h => Assert.Contains("<mark>", h.Snippet.Value, StringComparison.Ordinal));
        Assert.All(hits.Hits, h => Assert.False(string.IsNullOrWhiteSpace(h.PatientName)));
    }

    private static async Task AssertNarrativesAsync(PainCareDbContext db)
    {
        var lengths = await db.NarrativeNotes.Select(n => n.Text.Length).ToListAsync();
        Assert.All(lengths, length => Assert.InRange(length, 400, 2_000));
        Assert.InRange(lengths.Average(), 900, 1_150);
        Assert.True(await db.NarrativeNotes.Select(n => n.Text).Distinct().CountAsync() > lengths.Count * 0.95, "narratives should rarely repeat");
        // Read flat and joined here: SQLite cannot run a collection nested in a projection (no APPLY).
        var notes = await db.NarrativeNotes.Select(n => new { n.Id, n.Revision, n.Text }).ToListAsync();
        var versions = (await db.NarrativeNoteVersions.Select(v => new { v.NoteId, v.Revision, v.Text }).ToListAsync()).ToLookup(v => v.NoteId);
        Assert.All(notes, n => Assert.Equal((1, 1, true), (n.Revision, Assert.Single(versions[n.Id]).Revision, versions[n.Id].Single().Text == n.Text)));
    }

    private static async Task AssertRatingsAsync(PainCareDbContext db)
    {
        var raters = (await db.AllianceRatings.Select(r => new { r.SessionId, r.Rater }).ToListAsync()).ToLookup(r => r.SessionId, r => r.Rater);
        var sessions = (await db.Sessions.Select(s => new { s.Id, s.Attendance, HasNote = s.Note != null }).ToListAsync())
            .Select(s => new { s.Attendance, s.HasNote, Raters = raters[s.Id].ToList() })
            .ToList();
        Assert.All(sessions, s => Assert.Equal(s.Attendance == Attendance.Attended, s.HasNote));
        Assert.All(sessions.Where(s => s.Attendance == Attendance.Attended), s => Assert.Equal([RaterRole.Patient, RaterRole.Clinician], s.Raters.Order()));
        Assert.All(sessions.Where(s => s.Attendance != Attendance.Attended), s => Assert.Empty(s.Raters));
        var ratings = await db.AllianceRatings.ToListAsync();
        Assert.All(ratings, r =>
        {
            Assert.Equal(r.Rater == RaterRole.Patient ? "paincare-checkin" : "paincare-checkin-clinician", r.InstrumentId);
            Assert.Equal("1", r.InstrumentVersion);
            Assert.Equal(6, r.ItemScores.Length);
            Assert.All(r.ItemScores, score => Assert.InRange(score, 1, 5));
        });
    }

    private static async Task<List<string>> SeedAndReadNotesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await ScaleClinicSeeder.SeedAsync(db, _options);
        return await db.NarrativeNotes.OrderBy(n => n.Id).Select(n => n.Text).ToListAsync();
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<PainCareDbContext>
    {
        public PainCareDbContext CreateDbContext() => database.CreateContext();
    }
}
