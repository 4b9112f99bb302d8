using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PainCare.Data;
using PainCare.Data.Seeding.Scale;

namespace PainCare.Benchmarks.NarrativeBench;

/// <summary>A draft the benchmark may save: its session, owner, revision and text.</summary>
internal sealed record DraftTarget(Guid SessionId, string ClinicianId, int Revision, string Text);

/// <summary>The seeded database and the rows the benchmark works on.</summary>
internal sealed record BenchData(string FocusClinicianId, int FocusNotes, long Notes, IReadOnlyList<Guid> FocusSessions, IReadOnlyList<DraftTarget> Drafts);

/// <summary>Creates the benchmark database when it is missing, seeds it (unless it is ready), and reads what the benchmark needs.</summary>
internal static class BenchDatabase
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "The only spliced value is the database name, quoted by quote_ident.")]
    public static async Task EnsureExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", connection) { Parameters = { new() { Value = target.Database } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
        {
            // A database name cannot be a parameter; quote_ident makes any name safe to splice.
            await using var quote = new NpgsqlCommand("SELECT quote_ident($1)", connection) { Parameters = { new() { Value = target.Database } } };
            var name = (string)(await quote.ExecuteScalarAsync(cancellationToken))!;
            await using var create = new NpgsqlCommand("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task<ScaleSeedResult> SeedAsync(DbContextOptions<PainCareDbContext> options, BenchOptions bench, CancellationToken cancellationToken)
    {
        await using var db = new PainCareDbContext(options);
        var shape = new ScaleShape(bench.Patients, bench.Clinicians, bench.Sessions, bench.FocusSessions);
        return await ScaleClinicSeeder.SeedAsync(db, new ScaleSeedOptions(shape, bench.Seed, DateOnly.FromDateTime(DateTime.UtcNow)), cancellationToken);
    }

    public static async Task<BenchData> ReadAsync(BenchTarget target, BenchOptions bench, CancellationToken cancellationToken)
    {
        await using var connection = await target.OpenAsync(cancellationToken);
        string focus;
        int focusNotes;
        long notes;
        await using (var command = target.Command(
            connection,
            """
            SELECT p."ClinicianId", CAST(count(*) AS INTEGER), (SELECT count(*) FROM "NarrativeNotes")
            FROM "NarrativeNotes" n JOIN "Sessions" s ON s."Id" = n."SessionId" JOIN "Patients" p ON p."Id" = s."PatientId"
            GROUP BY p."ClinicianId" ORDER BY count(*) DESC, p."ClinicianId" LIMIT 1
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException("The benchmark database holds no narratives: run without --database-ready to seed it.");
            }

            (focus, focusNotes, notes) = (reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2));
        }

        var random = new Random(bench.Seed);
        var sessions = await ListAsync(
            target.Command(connection, """SELECT s."Id" FROM "Sessions" s JOIN "Patients" p ON p."Id" = s."PatientId" WHERE p."ClinicianId" = @p0 ORDER BY s."Id" """, focus),
            r => r.GetGuid(0),
            cancellationToken);
        var drafts = await ListAsync(
            target.Command(
                connection,
                """
                SELECT n."SessionId", p."ClinicianId", n."Revision", n."Text"
                FROM "NarrativeNotes" n JOIN "Sessions" s ON s."Id" = n."SessionId" JOIN "Patients" p ON p."Id" = s."PatientId"
                WHERE n."Status" = 0 AND p."ClinicianId" <> @p0 ORDER BY n."Id"
                """,
                focus),
            r => new DraftTarget(r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.GetString(3)),
            cancellationToken);
        var count = bench.Iterations + BenchOptions.WarmUp;
        return new BenchData(
            focus,
            focusNotes,
            notes,
            Enumerable.Range(0, count).Select(_ => sessions[random.Next(sessions.Count)]).ToList(),
            drafts.OrderBy(_ => random.Next()).ToList());
    }

    private static async Task<List<T>> ListAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var disposeCommand = command;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
