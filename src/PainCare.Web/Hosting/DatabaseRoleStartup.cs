using PainCare.Data;
using PainCare.Data.PostgreSql;
using PainCare.Data.PostgreSql.Roles;

namespace PainCare.Web.Hosting;

/// <summary>
/// The two database roles of ADR 0120 at start-up: migrations and grants on the owner's connection
/// (<c>ConnectionStrings__PainCareOwner</c>) when it is given, and the check that the app's own role cannot erase the
/// audit trail.
/// </summary>
public static class DatabaseRoleStartup
{
    public const string OwnerConnectionName = "PainCareOwner";

    /// <summary>Null when the schema needs changes the app's role may not make; that has been logged.</summary>
    public static async Task<MigrationOutcome?> MigrateDatabaseAsync(this WebApplication app, PainCareDbContext appDb)
    {
        var result = await RoleAwareMigration.MigrateAsync(appDb, app.Configuration.GetConnectionString(OwnerConnectionName));
        switch (result.Failure)
        {
            case RoleMigrationFailure.OwnerConnectionFailed:
                // Named apart from the app's own connection, so the operator knows which of the two to check.
                app.Logger.LogCritical("Cannot migrate with the owner's connection, ConnectionStrings__{Owner}: {Reason}", OwnerConnectionName, result.Reason);
                break;
            case RoleMigrationFailure.AppRoleMayNotMigrate:
                app.Logger.LogCritical(
                    "The database needs migrating and the app's role may not change its schema: set ConnectionStrings__{Owner} to the owner role's connection, or run `paincare migrate` with it",
                    OwnerConnectionName);
                break;
        }

        return result.Outcome;
    }

    /// <summary>False (logged in one line) when the app's role could erase the audit trail and this is not Development.</summary>
    public static async Task<bool> CheckAppRoleAsync(this WebApplication app, PainCareDbContext appDb)
    {
        var report = await AppRoleCheck.InspectAsync(appDb);
        if (report.IsSafe)
        {
            return true;
        }

        if (app.Environment.IsDevelopment())
        {
            app.Logger.LogWarning(
                "The app's database role {Role} could erase the audit trail ({Risks}); allowed in Development only (ADR 0120)",
                report.Role, string.Join(", ", report.Risks));
            return true;
        }

        app.Logger.LogCritical(
            "The app's database role {Role} could erase the audit trail ({Risks}), so PainCare will not start: give the tables to a separate owner role and set ConnectionStrings__{Owner} (docs/security.md, \"Database roles\")",
            report.Role, string.Join(", ", report.Risks), OwnerConnectionName);
        return false;
    }
}
