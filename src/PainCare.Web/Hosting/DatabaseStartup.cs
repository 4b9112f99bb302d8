using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PainCare.Data;
using PainCare.Data.DataProtection;
using PainCare.Data.Identity;
using PainCare.Data.Providers;
using PainCare.Data.Seeding;

namespace PainCare.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>Applies migrations, ensures the roles exist and seeds the demo clinic when asked. False when the database cannot be used.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<PainCareDbContext>>();
        try
        {
            if (PainCareDatabase.ClaimForThisProcess(app.Services.GetRequiredService<DatabaseSettings>()) is { } claim)
            {
                app.Lifetime.ApplicationStopped.Register(claim.Dispose);
            }

            await using var db = await factory.CreateDbContextAsync();
            // SQLite has no roles: its audit table is guarded by triggers and the file's permissions (docs/security.md).
            var roles = PainCareDatabase.ProviderOf(db) == DatabaseProvider.PostgreSql;
            if ((roles ? await app.MigrateDatabaseAsync(db) : await PainCareDatabase.MigrateAsync(db)) is not { } migration)
            {
                return false;
            }

            if (migration.AdoptedBaseline)
            {
                app.Logger.LogInformation("Moved the database's hand-written migration history onto the scaffolded baseline");
            }

            if (roles && !await app.CheckAppRoleAsync(db))
            {
                return false;
            }

            await EncryptStoredKeysAsync(app, db);
            await RoleSeeder.EnsureRolesAsync(db);
            if (app.Configuration.GetValue("Demo:Seed", false))
            {
                await SeedDemoClinicAsync(app, db);
            }

            return true;
        }
        catch (Exception caught) when (caught is DbException or SocketException or TimeoutException or IOException or UnauthorizedAccessException
            or InvalidOperationException { InnerException: DbException } or DatabaseInUseException)
        {
            // EF wraps a failed connection that looks transient; the provider's own message is the clear one.
            var ex = caught is InvalidOperationException { InnerException: DbException inner } ? inner : caught;
            // One clear line; the connection string itself is never logged because it may hold a password.
            if (app.Services.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.PostgreSql)
            {
                app.Logger.LogCritical("Cannot use the PostgreSQL database configured in ConnectionStrings__PainCare: {Reason}", ex.Message);
            }
            else
            {
                app.Logger.LogCritical("Cannot use the SQLite database file configured for PainCare: {Reason}", ex.Message);
            }

            return false;
        }
    }

    /// <summary>Keys stored in plain text before ADR 0101 are encrypted in place, so sign-ins they protect survive.</summary>
    private static async Task EncryptStoredKeysAsync(WebApplication app, PainCareDbContext db)
    {
        var encryptor = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor
            ?? throw new InvalidOperationException("No key encryptor is configured.");
        var encrypted = DataProtectionSetup.KeysFolder(app.Configuration) is { } folder
            ? StoredKeyEncryption.EncryptFolderKeys(folder, encryptor)
            : await StoredKeyEncryption.EncryptDatabaseKeysAsync(db, encryptor);
        if (encrypted > 0)
        {
            app.Logger.LogInformation("Encrypted {Count} data-protection keys that were stored in plain text", encrypted);
        }
    }

    private static async Task SeedDemoClinicAsync(WebApplication app, PainCareDbContext db)
    {
        var accountsFile = app.Configuration["Demo:AccountsFile"];
        var options = new DemoSeedOptions(
            Seed: app.Configuration.GetValue("Demo:RandomSeed", 20261121),
            Password: app.Configuration["Demo:Password"],
            Today: DateOnly.FromDateTime(DateTime.UtcNow));
        var hasher = app.Services.GetRequiredService<IPasswordHasher<PainCareUser>>();
        var accounts = await DemoClinicSeeder.SeedIfEmptyAsync(db, hasher, options);
        if (accounts.Count > 0)
        {
            app.Logger.LogInformation("Seeded the demo clinic with {Accounts} accounts", accounts.Count);
            if (accountsFile is { Length: > 0 })
            {
                await DemoAccountsFile.WriteAsync(accountsFile, accounts);
            }
        }

        // Printed to the console only (never to the log file): ./paincare run shows these to the person starting the demo.
        if (accountsFile is { Length: > 0 } && File.Exists(accountsFile))
        {
            await Console.Out.WriteLineAsync(await File.ReadAllTextAsync(accountsFile));
        }
        else if (accounts.Count > 0)
        {
            await Console.Out.WriteLineAsync(DemoAccountsFile.Format(accounts));
        }
    }
}
