using Microsoft.Extensions.Configuration;
using PainCare.Data.Sqlite;

namespace PainCare.Data.Providers;

/// <summary>Which engine, and where. Read from configuration by <see cref="From"/>; tests and the CLI may build one directly.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderSetting = "PainCare:Database:Provider";

    public const string SqlitePathSetting = "PainCare:Database:SqlitePath";

    /// <summary>
    /// <c>PainCare:Database:Provider</c> when set; otherwise PostgreSQL when <c>ConnectionStrings:PainCare</c> is a
    /// PostgreSQL connection string (it names a <c>Host=</c> or <c>Server=</c>), and SQLite in every other case. SQLite's
    /// file is the SQLite connection string when one is configured, else <c>PainCare:Database:SqlitePath</c>, else
    /// <see cref="SqliteFile.DefaultPath"/>.
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("PainCare");
        var provider = configuration[ProviderSetting] is { Length: > 0 } named
            ? Enum.TryParse<DatabaseProvider>(named, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new DatabaseSettingException($"{ProviderSetting} must be Sqlite or PostgreSql.")
            : LooksLikePostgreSql(configured) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        return provider switch
        {
            DatabaseProvider.PostgreSql => new(provider, configured is { Length: > 0 }
                ? configured
                : throw new DatabaseSettingException($"{ProviderSetting} is PostgreSql, so ConnectionStrings__PainCare must name the PostgreSQL database.")),
            _ => new(provider, configured is { Length: > 0 } && !LooksLikePostgreSql(configured)
                ? configured
                : SqliteFile.ConnectionString(configuration[SqlitePathSetting] is { Length: > 0 } path ? path : SqliteFile.DefaultPath())),
        };
    }

    public static bool LooksLikePostgreSql(string? connectionString) =>
        connectionString is { Length: > 0 }
        && connectionString.Split(';').Select(part => part.Split('=', 2)[0].Trim())
            .Any(key => key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase));
}
