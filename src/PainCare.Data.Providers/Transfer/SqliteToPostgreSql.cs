using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using PainCare.Data.PostgreSql;
using PainCare.Data.Tables;

namespace PainCare.Data.Providers.Transfer;

/// <summary>
/// Moves a clinic's whole SQLite database into an empty PostgreSQL database (ADR 0180). Everything on the target happens
/// in one transaction: PostgreSQL's own migrations, then every table in foreign-key order with its keys kept (INSERT
/// only, which the append-only triggers allow), the identity sequences moved past the copied keys, and a check that every
/// table's row count and the notes' checksum match the source. Any failure or mismatch rolls it all back. The source is
/// read in one transaction while this process holds its single-process lock, so the app cannot change it meanwhile.
/// </summary>
public static class SqliteToPostgreSql
{
    public static async Task<TransferResult> TransferAsync(
        DatabaseSettings source, string targetConnectionString, TextWriter progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var claim = PainCareDatabase.ClaimForThisProcess(source);
        await using var from = new PainCareDbContext(PainCareDatabase.Options(source, commandTimeoutSeconds: 600));
        if ((await from.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return TransferResult.Refused(TransferStatus.SourceNotCurrent, clock.Elapsed);
        }

        await using var to = new PainCareDbContext(TargetOptions(targetConnectionString));
        await from.Database.OpenConnectionAsync(cancellationToken);
        await using var read = await from.Database.BeginTransactionAsync(cancellationToken);
        await to.Database.OpenConnectionAsync(cancellationToken);
        await using var write = await to.Database.BeginTransactionAsync(cancellationToken);
        if (await PostgreSqlTransferTarget.FirstTableWithRowsAsync(to, cancellationToken) is { } table)
        {
            return TransferResult.Refused(TransferStatus.TargetNotEmpty, clock.Elapsed, table);
        }

        // EF probes for its history table with a query that fails when there is none, which would abort the transaction.
        await to.Database.ExecuteSqlRawAsync(to.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        await to.Database.MigrateAsync(cancellationToken);
        await progress.WriteLineAsync($"paincare transfer: target migrated ({clock.Elapsed.TotalSeconds:0.0} s); copying tables");
        var counts = new List<TableCount>();
        foreach (var entity in TableRows.InForeignKeyOrder(to.Model))
        {
            var copied = await CopyTableAsync(from, to, entity, cancellationToken);
            counts.Add(new TableCount(entity.GetTableName()!, await TableRows.CountAsync(from, from.Model.FindEntityType(entity.Name)!, cancellationToken), copied));
        }

        await PostgreSqlTransferTarget.ResetSequencesAsync(to, cancellationToken);
        var targetCounts = new List<TableCount>();
        foreach (var count in counts)
        {
            var entity = to.Model.GetEntityTypes().First(e => e.GetTableName() == count.Table);
            targetCounts.Add(count with { Target = await TableRows.CountAsync(to, entity, cancellationToken) });
        }

        var result = new TransferResult(
            TransferStatus.Transferred, targetCounts,
            await NoteChecksum.ComputeAsync(from, cancellationToken), await NoteChecksum.ComputeAsync(to, cancellationToken), TimeSpan.Zero);
        if (result.SourceChecksum != result.TargetChecksum || result.Tables.Any(t => t.Source != t.Target))
        {
            await write.RollbackAsync(cancellationToken);
            return result with { Status = TransferStatus.VerificationFailed, Elapsed = clock.Elapsed };
        }

        await write.CommitAsync(cancellationToken);
        return result with { Elapsed = clock.Elapsed };
    }

    private static async Task<long> CopyTableAsync(PainCareDbContext from, PainCareDbContext to, IEntityType entity, CancellationToken cancellationToken)
    {
        var source = from.Model.FindEntityType(entity.Name)
            ?? throw new InvalidOperationException($"The SQLite model has no entity {entity.ShortName()}.");
        await using var insert = TableInsert.Create(to, entity, withGeneratedKeys: true);
        var read = insert.Properties.Select(p => source.FindProperty(p.Name)
            ?? throw new InvalidOperationException($"The SQLite model has no column {entity.ShortName()}.{p.Name}.")).ToList();
        long copied = 0;
        await foreach (var row in TableRows.ReadAsync(from, source, read, cancellationToken))
        {
            await insert.InsertAsync(row, cancellationToken);
            copied++;
        }

        return copied;
    }

    // The migrations run inside the copy's transaction, so a failed copy leaves the target as empty as it was; EF warns
    // against a user transaction because some migrations cannot run in one, which PainCare's PostgreSQL ones do not need.
    private static DbContextOptions<PainCareDbContext> TargetOptions(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PainCareDbContext>();
        options.UsePainCareDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString), commandTimeoutSeconds: 600)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.MigrationsUserTransactionWarning));
        return options.Options;
    }
}
