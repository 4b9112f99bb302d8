using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PainCare.Data.Identity;

namespace PainCare.Data.Seeding.Scale;

/// <summary>
/// Seeds a synthetic clinic network of any size into a migrated, patient-free database in one transaction: with binary
/// COPY on PostgreSQL, with prepared inserts elsewhere (SQLite, <see cref="ScaleInserts"/>). Every account shares one random password, hashed once: hashing hundreds would take longer than the rest.
/// </summary>
public static class ScaleClinicSeeder
{
    public static async Task<ScaleSeedResult> SeedAsync(PainCareDbContext db, ScaleSeedOptions options, CancellationToken cancellationToken = default)
    {
        if (options.Shape.Problem is { } problem)
        {
            throw new ArgumentException($"Cannot build this clinic: {problem}.", nameof(options));
        }

        await RoleSeeder.EnsureRolesAsync(db, cancellationToken);
        var clinicianRole = await db.Roles.Where(r => r.Name == Roles.Clinician).Select(r => r.Id).SingleAsync(cancellationToken);
        var password = DemoPasswords.Create();
        var hash = new PasswordHasher<PainCareUser>().HashPassword(new PainCareUser(), password);
        var clinic = new ScaleClinicBuilder(new Random(options.Seed), options.Today, hash).Build(options.Shape);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
            {
                return await ScaleInserts.WriteAsync(db, clinic, clinicianRole, password, cancellationToken);
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await RefuseIfPatientsAsync(connection, cancellationToken);
            var users = await ScaleTables.UsersAsync(connection, clinic.Clinicians, cancellationToken);
            await ScaleTables.UserRolesAsync(connection, clinic.Clinicians, clinicianRole, cancellationToken);
            var patients = await ScaleTables.PatientsAsync(connection, clinic.Patients, cancellationToken);
            await ScaleTables.IdentitiesAsync(connection, clinic.Patients.Select(p => p.Identity), cancellationToken);
            var sessions = await ScaleClinicalTables.SessionsAsync(connection, clinic.Sessions, cancellationToken);
            var notes = await ScaleClinicalTables.NotesAsync(connection, clinic.Notes, cancellationToken);
            var versions = await ScaleClinicalTables.FirstVersionsAsync(connection, clinic.Notes, cancellationToken);
            var ratings = await ScaleClinicalTables.RatingsAsync(connection, clinic.Ratings, cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            // Statistics for the real table sizes and a visibility map, as a running clinic's autovacuum would leave them;
            // it also spares the database an autovacuum worker arriving just after the load.
            await using var analyse = new NpgsqlCommand(
                """VACUUM (ANALYZE) "AspNetUsers", "Patients", "PatientIdentities", "Sessions", "NarrativeNotes", "NarrativeNoteVersions", "AllianceRatings";""",
                connection);
            analyse.CommandTimeout = 600;
            await analyse.ExecuteNonQueryAsync(cancellationToken);
            return new ScaleSeedResult(users, patients, sessions, notes, versions, ratings, password);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task RefuseIfPatientsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // The lock makes the emptiness check hold until commit: two seeders cannot both find the table empty.
        await using var command = new NpgsqlCommand(
            """LOCK TABLE "Patients" IN SHARE ROW EXCLUSIVE MODE; SELECT EXISTS (SELECT 1 FROM "Patients");""", connection);
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            throw new ScaleSeedRefusedException("The database already holds patients; a scaled clinic is only seeded into an empty database.");
        }
    }
}
