using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PainCare.Data.PostgreSql.Migrations;

namespace PainCare.Data.PostgreSql;

/// <summary>
/// Moves a database built by the eight hand-written migrations (ADR 0005) onto the scaffolded baseline (ADR 0100). Its
/// schema is the baseline's (the upgrade test compares the two catalogs), so only the history changes: the eight rows
/// give way to the baseline's, in one transaction. Nothing else in the database is touched.
/// </summary>
internal static class BaselineAdoption
{
    public static readonly IReadOnlyList<string> HandWrittenIds =
    [
        "20261121000001_IdentityAndKeys",
        "20261121000002_ClinicalRecords",
        "20261121000003_NarrativeHistory",
        "20261121000004_ReflectionResponses",
        "20261121000005_RatingLinks",
        "20261121000006_Vignettes",
        "20261121000020_SearchVectorInline",
        "20261121000030_AuditTrail",
    ];

    public static string BaselineId { get; } = typeof(Baseline).GetCustomAttribute<MigrationAttribute>()!.Id;

    /// <summary>True when the history was rewritten. Expects the history table to exist.</summary>
    public static async Task<bool> AdoptIfHandWrittenAsync(PainCareDbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two nodes starting together: the second waits here, then finds the baseline already recorded.
        await db.Database.ExecuteSqlRawAsync("""LOCK TABLE "__EFMigrationsHistory" IN EXCLUSIVE MODE""", cancellationToken);
        var applied = await db.Database.SqlQueryRaw<string>("""SELECT "MigrationId" AS "Value" FROM "__EFMigrationsHistory" """)
            .ToListAsync(cancellationToken);
        if (!applied.Intersect(HandWrittenIds).Any())
        {
            return false;
        }

        if (applied.Count != HandWrittenIds.Count || applied.Except(HandWrittenIds).Any())
        {
            // A backup from before the last hand-written migration: its schema is not the baseline's.
            throw new UnknownMigrationHistoryException(applied.Intersect(HandWrittenIds).Count(), HandWrittenIds.Count);
        }

        foreach (var id in HandWrittenIds)
        {
            await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(BaselineId, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
