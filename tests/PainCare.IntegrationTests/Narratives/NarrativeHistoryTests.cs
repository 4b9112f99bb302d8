using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PainCare.Data;
using PainCare.Data.Identity;
using PainCare.Data.PostgreSql;
using PainCare.Data.Providers;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Sessions;
using PainCare.Testing;
using PainCare.Web.Features.Sessions;

namespace PainCare.IntegrationTests.Narratives;

/// <summary>ADR 0220: every saved text is a version, autosaves in one sitting are one version, and old gaps are filled.</summary>
public sealed class NarrativeHistoryTests
{
    [Fact]
    public async Task AutosavesInOneSitting_AreOneVersion_AsTheAppsOwnDatabaseRoleSavesThem()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var clock = new MovableClock();
        // The app's role, not the owner: on PostgreSQL it may update only what coalescing changes (ADR 0120, 0220).
        var service = new NarrativeService(new AppRoleContexts(clinic.Database), clock, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (sessionId, revision, text) = await clinic.DraftOfAsync(clinic.Sam);

        var saves = new List<DraftSaveResult>();
        foreach (var words in new[] { " One.", " One. Two.", " One. Two. Three." })
        {
            saves.Add(await service.SaveDraftAsync(clinic.Sam, sessionId, text + words, saves.LastOrDefault()?.Revision ?? revision));
            clock.Shift += TimeSpan.FromSeconds(20);
        }

        clock.Pass(NarrativeNote.CoalesceWindow);
        var later = await service.SaveDraftAsync(clinic.Sam, sessionId, text + " One. Two. Three. After a break.", saves[^1].Revision);

        Assert.All(saves.Append(later), s => Assert.Equal(SaveStatus.Saved, s.Status));
        Assert.Equal(revision + 4, later.Revision);
        Assert.Equal(
            [(revision, text), (revision + 3, text + " One. Two. Three."), (revision + 4, text + " One. Two. Three. After a break.")],
            await VersionsAsync(clinic.Database, sessionId));
    }

    [Fact]
    public async Task AVersionCannotBeRewritten_OutsideAnAutosavesConditions_EvenDirectlyInTheDatabase()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (sessionId, _, _) = await clinic.DraftOfAsync(clinic.Sam);
        await using var db = clinic.Database.CreateContext();
        var noteId = await db.NarrativeNotes.Where(n => n.SessionId == sessionId).Select(n => n.Id).SingleAsync();

        // The seeded first version: a later revision and a fresh time, but the first version is never replaced.
        var first = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"NarrativeNoteVersions\" SET \"Text\" = 'tampered', \"Revision\" = \"Revision\" + 1 WHERE \"NoteId\" = {noteId}"));
        var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM \"NarrativeNoteVersions\" WHERE \"NoteId\" = {noteId}"));

        Assert.Contains("append-only", first.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHistoryMigration_GivesEveryNoteAVersionOfItsText_AndAddsNothingElse()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        string target;
        Guid draftId, signedId;
        await using (var db = database.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            target = migrations.Single(m => m.EndsWith("_WholeNarrativeHistory", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.IndexOf(target) - 1]);
            // Only the rows this migration reads, written through today's model: tables it does not touch (the
            // ratings, say) may have changed shape since, and the demo seeder writes today's shape.
            await AddOnePatientAsync(db);
            // Two notes as the form stored them before ADR 0170: the narrative at revision 0 and no version at all.
            (draftId, signedId) = (await AddUnversionedNoteAsync(db, NoteStatus.Draft), await AddUnversionedNoteAsync(db, NoteStatus.Signed));
        }

        int before;
        await using (var db = database.CreateContext())
        {
            before = await db.NarrativeNoteVersions.CountAsync();
            await (database.Provider == DatabaseProvider.PostgreSql ? PainCareMigrator.MigrateAsync(db, TestDatabase.AppRole) : PainCareDatabase.MigrateAsync(db));
        }

        await using var after = database.CreateContext();
        Assert.Equal(before + 2, await after.NarrativeNoteVersions.CountAsync());
        foreach (var noteId in new[] { draftId, signedId })
        {
            var note = await after.NarrativeNotes.AsNoTracking().SingleAsync(n => n.Id == noteId);
            var version = await after.NarrativeNoteVersions.AsNoTracking().SingleAsync(v => v.NoteId == noteId);
            Assert.Equal((0, note.Text, note.AuthorId, note.UpdatedAt), (version.Revision, version.Text, version.SavedById, version.SavedAt));
        }

        Assert.False(await after.NarrativeNotes.AnyAsync(n =>
            (n.Revision > 0 || n.Text != "") && !after.NarrativeNoteVersions.Any(v => v.NoteId == n.Id && v.Revision == n.Revision)));
    }

    private static async Task AddOnePatientAsync(PainCareDbContext db)
    {
        var clinician = new PainCareUser { UserName = "history.test@paincare.test", Email = "history.test@paincare.test", DisplayName = "History Test" };
        db.Users.Add(clinician);
        var patientId = Guid.CreateVersion7();
        db.Patients.Add(new Patient
        {
            Id = patientId,
            ClinicianId = clinician.Id,
            CreatedAt = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero),
            Identity = new PatientIdentity { PatientId = patientId, GivenName = "Ada", FamilyName = "Backfill", DateOfBirth = new DateOnly(1970, 1, 1) },
        });
        await db.SaveChangesAsync();
    }

    private static async Task<Guid> AddUnversionedNoteAsync(PainCareDbContext db, NoteStatus status)
    {
        var patient = await db.Patients.OrderBy(p => p.Id).FirstAsync();
        var at = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var session = new Session { Id = Guid.CreateVersion7(), PatientId = patient.Id, ClinicianId = patient.ClinicianId, StartsAt = at, DurationMinutes = 45 };
        session.Note = new NarrativeNote
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            AuthorId = patient.ClinicianId,
            Text = $"Written on the form, then {status}.",
            Status = status,
            CreatedAt = at,
            UpdatedAt = at.AddMinutes(50),
            SignedAt = status == NoteStatus.Signed ? at.AddMinutes(55) : null,
            SignedById = status == NoteStatus.Signed ? patient.ClinicianId : null,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Note.Id;
    }

    private static async Task<List<(int, string)>> VersionsAsync(TestDatabase database, Guid sessionId)
    {
        await using var db = database.CreateContext();
        var rows = await db.NarrativeNoteVersions.AsNoTracking()
            .Where(v => db.NarrativeNotes.Any(n => n.Id == v.NoteId && n.SessionId == sessionId))
            .OrderBy(v => v.Revision).Select(v => new { v.Revision, v.Text }).ToListAsync();
        return [.. rows.Select(r => (r.Revision, r.Text))];
    }

    private sealed class AppRoleContexts(TestDatabase database) : IDbContextFactory<PainCareDbContext>
    {
        public PainCareDbContext CreateDbContext() => new(PainCareDatabase.Options(new DatabaseSettings(database.Provider, database.AppConnectionString)));
    }
}
