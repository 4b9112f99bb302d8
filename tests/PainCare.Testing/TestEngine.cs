using PainCare.Data;

namespace PainCare.Testing;

/// <summary>
/// The engine a test runs on when it does not name one (ADR 0190). ./paincare test runs the integration suite once per
/// engine by setting PAINCARE_TEST_ENGINE; the default is the product's default, SQLite, which needs no server.
/// Tests about one engine carry <c>[Trait(TestEngine.Trait, …)]</c> so the other pass leaves them out; tests of the HTTP
/// pipeline that no engine can change (headers, proxies, in-memory rate limits) carry <see cref="Independent"/> and run
/// on the default engine only.
/// </summary>
public static class TestEngine
{
    public const string Trait = "Engine";

    /// <summary>The trait value of a test whose outcome does not depend on the database engine.</summary>
    public const string Independent = "Independent";

    public const string Variable = "PAINCARE_TEST_ENGINE";

    public static DatabaseProvider Current { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    public static DatabaseProvider Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException($"{Variable} must be sqlite or postgresql."),
    };
}
