using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PainCare.Data;
using PainCare.Data.Identity;
using PainCare.Data.Seeding;
using PainCare.Testing;
using PainCare.Web.Features.Shared;

namespace PainCare.IntegrationTests.Narratives;

/// <summary>A migrated database of its own with the demo clinic seeded, and the feature services wired to it.</summary>
internal sealed class ClinicFixture : IAsyncDisposable
{
    private ClinicFixture(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public IDbContextFactory<PainCareDbContext> Contexts => new Factory(Database);

    public string Sam { get; private set; } = string.Empty;

    public string Priya { get; private set; } = string.Empty;

    public ClinicClock Clock { get; } = new(new ConfigurationBuilder().Build());

    public static async Task<ClinicFixture> CreateAsync(DatabaseProvider? provider = null)
    {
        var fixture = new ClinicFixture(await TestDatabase.CreateAsync(provider: provider));
        await using var db = fixture.Database.CreateContext();
        await RoleSeeder.EnsureRolesAsync(db);
        await DemoClinicSeeder.SeedIfEmptyAsync(db, new PasswordHasher<PainCareUser>(), new DemoSeedOptions(11, "not-used-password", new DateOnly(2026, 11, 20)));
        fixture.Sam = await db.Users.Where(u => u.Email == "sam.okafor@paincare.test").Select(u => u.Id).SingleAsync();
        fixture.Priya = await db.Users.Where(u => u.Email == "priya.nair@paincare.test").Select(u => u.Id).SingleAsync();
        return fixture;
    }

    /// <summary>A draft note's session on this clinician's caseload.</summary>
    public async Task<(Guid SessionId, int Revision, string Text)> DraftOfAsync(string clinicianId)
    {
        await using var db = Database.CreateContext();
        var note = await db.NarrativeNotes.AsNoTracking()
            .Where(n => n.Status == Domain.Narratives.NoteStatus.Draft && db.Sessions.Any(s => s.Id == n.SessionId && s.Patient.ClinicianId == clinicianId))
            .OrderBy(n => n.Id)
            .FirstAsync();
        return (note.SessionId, note.Revision, note.Text);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private sealed class Factory(TestDatabase database) : IDbContextFactory<PainCareDbContext>
    {
        public PainCareDbContext CreateDbContext() => database.CreateContext();
    }
}
