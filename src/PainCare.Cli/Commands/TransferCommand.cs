using System.Data.Common;
using System.Text.Json;
using PainCare.Data;
using PainCare.Data.Providers;
using PainCare.Data.Providers.Transfer;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare transfer --to "PostgreSQL connection string"</c>: copies the configured SQLite clinic into an empty
/// PostgreSQL database, as the owner's role named by the connection string (ADR 0120, 0180), and verifies it
/// (docs/scaling.md). On success prints one JSON line with the rows per table, the checksum and the seconds taken.
/// </summary>
public sealed class TransferCommand : ICliCommand
{
    private const string Usage = "usage: paincare transfer --to \"Host=...;Database=...;Username=OWNER;Password=...\"   (from the configured SQLite file)";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string Name => "transfer";

    public string Summary => "Copy the SQLite clinic into an empty PostgreSQL database and verify it: paincare transfer --to CONNECTION.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args is not ["--to", { Length: > 0 } target] || !DatabaseSettings.LooksLikePostgreSql(target))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        var source = DatabaseTarget.Settings();
        if (source.Provider != DatabaseProvider.Sqlite)
        {
            await stderr.WriteLineAsync("paincare transfer: the configured database is already PostgreSQL; transfer copies a SQLite clinic.");
            return 1;
        }

        TransferResult result;
        try
        {
            result = await SqliteToPostgreSql.TransferAsync(source, target, stderr, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            // The providers' messages carry no password and no row data (Npgsql's error details are off by default).
            await stderr.WriteLineAsync($"paincare transfer: the transfer failed and was rolled back; the target is as it was: {ex.Message.ReplaceLineEndings(" ")}");
            return 1;
        }

        var refusal = result.Status switch
        {
            TransferStatus.TargetNotEmpty => $"the target database is not empty (table {result.NotEmptyTable} has rows): transfer only into a new, empty database.",
            TransferStatus.SourceNotCurrent => "the SQLite database has migrations pending: run ./paincare migrate (or start the app once) first.",
            TransferStatus.VerificationFailed => "the copy did not match the source (row counts or note checksum) and was rolled back; the target is as it was.",
            _ => null,
        };
        if (refusal is not null)
        {
            await stderr.WriteLineAsync($"paincare transfer: {refusal}");
            return 1;
        }

        await stderr.WriteLineAsync(
            $"paincare transfer: copied {result.Rows} rows in {result.Tables.Count} tables in {result.Elapsed.TotalSeconds:0.0} s; row counts and note checksum match.");
        await stdout.WriteLineAsync(JsonSerializer.Serialize(
            new
            {
                result.Rows,
                Seconds = Math.Round(result.Elapsed.TotalSeconds, 1),
                NoteChecksum = result.TargetChecksum,
                Tables = result.Tables.ToDictionary(t => t.Table, t => t.Target),
            },
            _json));
        return 0;
    }
}
