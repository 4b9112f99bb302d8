using PainCare.Data;

namespace PainCare.Testing;

/// <summary>
/// The demo clinic, migrated and seeded by a real app start once per test process, then copied for every app server
/// (PostgreSQL's CREATE DATABASE … TEMPLATE, or a copy of the SQLite file) with its key-encryption certificate beside it. Migrating and seeding took
/// most of an app server's start; a copy takes a fraction of a second.
/// </summary>
internal static class SeededTemplate
{
    // Settings that change only how the app behaves after start-up, never what start-up writes to the database.
    private static readonly string[] _behaviourOnly =
        ["PainCare__RateLimits__", "PainCare__KnownProxies", "PainCare__RevalidationSeconds", "PainCare__IdleTimeoutMinutes", "PainCare__Handover__", "PainCare__ClinicTimeZone",
         "PainCare__RequireTwoFactor"];

    private static readonly SemaphoreSlim _gate = new(1, 1);
    private static readonly Dictionary<DatabaseProvider, TestDatabase> _templates = [];

    public static bool Suits(IReadOnlyDictionary<string, string>? settings) =>
        settings is null || settings.Keys.All(key => _behaviourOnly.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)));

    public static async Task<TestDatabase> CopyAsync(DatabaseProvider provider)
    {
        var template = await TemplateAsync(provider);
        var copy = await TestDatabase.CreateFromTemplateAsync(template);
        var certificate = AppServer.CertificatePath(copy);
        Directory.CreateDirectory(Path.GetDirectoryName(certificate)!);
        File.Copy(AppServer.CertificatePath(template), certificate);
        return copy;
    }

    private static async Task<TestDatabase> TemplateAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_templates.TryGetValue(provider, out var template))
            {
                var database = await TestDatabase.CreateAsync(migrate: false, provider);
                await using (await AppServer.StartOnAsync(database))
                {
                    // Started once to migrate and seed, then stopped: a template must have no connections.
                }

                await database.CheckpointAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => database.DisposeAsync().AsTask().GetAwaiter().GetResult();
                _templates[provider] = template = database;
            }

            return template;
        }
        finally
        {
            _gate.Release();
        }
    }
}
