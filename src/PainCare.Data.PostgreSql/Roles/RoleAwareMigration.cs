using Microsoft.EntityFrameworkCore;
using Npgsql;
using PainCare.Data.Audit;

namespace PainCare.Data.PostgreSql.Roles;

/// <summary>Why a start-up migration under the two roles of ADR 0120 did not happen.</summary>
public enum RoleMigrationFailure
{
    None,

    /// <summary>The owner's connection failed (unreachable, wrong password, missing rights); <see cref="RoleMigrationResult.Reason"/> says how.</summary>
    OwnerConnectionFailed,

    /// <summary>Migrations are pending and the app's role may not change the schema, and no owner's connection was given.</summary>
    AppRoleMayNotMigrate,
}

public sealed record RoleMigrationResult(MigrationOutcome? Outcome, RoleMigrationFailure Failure = RoleMigrationFailure.None, string? Reason = null);

/// <summary>
/// Migrations and grants on the owner's connection when one is given; else, on the app's own connection, only what
/// that single role may do (the set-up of ADR 0060, which then gives up changing the audit trail).
/// </summary>
public static class RoleAwareMigration
{
    public static async Task<RoleMigrationResult> MigrateAsync(PainCareDbContext appDb, string? ownerConnection, CancellationToken cancellationToken = default)
    {
        if (ownerConnection is { Length: > 0 })
        {
            var appRole = await AppRolePrivileges.CurrentRoleAsync(appDb, cancellationToken);
            await using var ownerDb = new PainCareDbContext(new DbContextOptionsBuilder<PainCareDbContext>().UsePainCarePostgreSql(ownerConnection).Options);
            try
            {
                return new RoleMigrationResult(await PainCareMigrator.MigrateAsync(ownerDb, appRole, cancellationToken));
            }
            catch (NpgsqlException ex)
            {
                return new RoleMigrationResult(null, RoleMigrationFailure.OwnerConnectionFailed, ex.Message);
            }
        }

        // Without the owner's connection only a schema that is up to date is fine: the app's role need not own it.
        if (!(await appDb.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return new RoleMigrationResult(new MigrationOutcome(AdoptedBaseline: false, Applied: []));
        }

        try
        {
            var outcome = await PainCareMigrator.MigrateAsync(appDb, cancellationToken);
            await appDb.Database.ExecuteSqlRawAsync(AuditTrailPrivileges.Revoke, cancellationToken);
            return new RoleMigrationResult(outcome);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return new RoleMigrationResult(null, RoleMigrationFailure.AppRoleMayNotMigrate);
        }
    }
}
