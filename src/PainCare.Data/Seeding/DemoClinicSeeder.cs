using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Identity;

namespace PainCare.Data.Seeding;

/// <summary>
/// Builds a small, entirely synthetic clinic: 3 physiotherapists, a supervisor, an administrator and 25 patients
/// with 4–20 sessions each. Deterministic from <see cref="DemoSeedOptions.Seed"/> apart from the random passwords.
/// </summary>
public static class DemoClinicSeeder
{
    public const int PatientCount = 25;

    /// <summary>Seeds only into a database with no users. Returns the accounts created (empty when nothing was seeded).</summary>
    public static async Task<IReadOnlyList<DemoAccount>> SeedIfEmptyAsync(
        PainCareDbContext db, IPasswordHasher<PainCareUser> hasher, DemoSeedOptions options, CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return [];
        }

        var random = new Random(options.Seed);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var accounts = new List<DemoAccount>();
        var clinicianIds = new List<string>();

        PainCareUser AddUser((string Name, string Email) person, string role)
        {
            var password = options.Password ?? DemoPasswords.Create();
            var user = new PainCareUser
            {
                UserName = person.Email,
                NormalizedUserName = person.Email.ToUpperInvariant(),
                Email = person.Email,
                NormalizedEmail = person.Email.ToUpperInvariant(),
                EmailConfirmed = true,
                LockoutEnabled = true,
                DisplayName = person.Name,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            user.PasswordHash = hasher.HashPassword(user, password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role] });
            accounts.Add(new DemoAccount(role, person.Email, person.Name, password));
            return user;
        }

        foreach (var clinician in DemoPeople.Clinicians)
        {
            clinicianIds.Add(AddUser(clinician, Roles.Clinician).Id);
        }

        AddUser(DemoPeople.Supervisor, Roles.Supervisor);
        AddUser(DemoPeople.Admin, Roles.Admin);

        var builder = new DemoPatientBuilder(random, options.Today);
        db.Patients.Add(builder.BuildCompositeCase(clinicianIds[0]));
        for (var i = 1; i < PatientCount; i++)
        {
            db.Patients.Add(builder.Build(i, clinicianIds[i % clinicianIds.Count]));
        }

        await db.SaveChangesAsync(cancellationToken);
        return accounts;
    }
}
