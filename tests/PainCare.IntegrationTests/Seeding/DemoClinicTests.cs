using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Identity;
using PainCare.Data.Seeding;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Seeding;

public sealed class DemoClinicTests
{
    private static readonly DemoSeedOptions _options = new(Seed: 7, Password: null, Today: new DateOnly(2026, 11, 20));

    [Fact]
    public async Task DemoClinic_HasTheAgreedShape()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        await RoleSeeder.EnsureRolesAsync(db);

        var accounts = await DemoClinicSeeder.SeedIfEmptyAsync(db, new PasswordHasher<PainCareUser>(), _options);

        Assert.Equal(3, accounts.Count(a => a.Role == Roles.Clinician));
        Assert.Single(accounts, a => a.Role == Roles.Supervisor);
        Assert.Single(accounts, a => a.Role == Roles.Admin);
        Assert.All(accounts, a => Assert.True(a.Password.Length >= 12));
        Assert.Equal(accounts.Count, accounts.Select(a => a.Password).Distinct().Count());
        var sessionsPerPatient = await db.Patients.Select(p => p.Sessions.Count).ToListAsync();
        Assert.Equal(DemoClinicSeeder.PatientCount, sessionsPerPatient.Count);
        Assert.All(sessionsPerPatient, count => Assert.InRange(count, 4, 20));
        Assert.True(await db.NarrativeNotes.CountAsync(n => n.Text.Length > 300) > 100);
        Assert.True(await db.AllianceRatings.CountAsync() > 200);
        Assert.True(await db.PatientIdentities.AnyAsync(i => i.GivenName == "Leonie"));
        Assert.False(await db.Sessions.AnyAsync(s => s.StartsAt > new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task DemoClinic_IsDeterministicFromItsSeed_AndSeedsOnlyOnce()
    {
        await using var first = await TestDatabase.CreateAsync();
        await using var second = await TestDatabase.CreateAsync();

        var firstNotes = await SeedAndReadNotesAsync(first);
        var secondNotes = await SeedAndReadNotesAsync(second);
        await using var db = first.CreateContext();
        var again = await DemoClinicSeeder.SeedIfEmptyAsync(db, new PasswordHasher<PainCareUser>(), _options);

        Assert.Equal(firstNotes, secondNotes);
        Assert.Empty(again);
        Assert.Equal(5, await db.Users.CountAsync());
    }

    private static async Task<List<string>> SeedAndReadNotesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await RoleSeeder.EnsureRolesAsync(db);
        await DemoClinicSeeder.SeedIfEmptyAsync(db, new PasswordHasher<PainCareUser>(), _options);
        return await db.NarrativeNotes.OrderBy(n => n.Id).Select(n => n.Text).ToListAsync();
    }
}
