using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using PainCare.Data;

namespace PainCare.Testing;

/// <summary>
/// The real PainCare web app, started as its own process on a free loopback port against a test database, with the
/// demo clinic seeded and every demo account given <see cref="DemoPassword"/>. It can be killed and restarted.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    public const string DemoPassword = "test-only-harbour-lantern-42";

    private static readonly ConcurrentDictionary<Process, byte> _running = Register();

    private readonly StringBuilder _output = new();
    private readonly Dictionary<string, string> _settings;
    private readonly bool _ownsDatabase;
    private Process? _process;

    private AppServer(TestDatabase database, IReadOnlyDictionary<string, string>? settings, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        LogFolder = Directory.CreateTempSubdirectory("paincare-logs-").FullName;
        Port = FreePort();
        _settings = new Dictionary<string, string>
        {
            // On PostgreSQL the app's role owns nothing; the owner migrates and grants at start-up (ADR 0120).
            ["ConnectionStrings__PainCare"] = database.AppConnectionString,
            ["PainCare__Database__Provider"] = database.Provider.ToString(),
            ["Demo__Seed"] = "true",
            ["Demo__Password"] = DemoPassword,
            ["PainCare__LogFolder"] = LogFolder,
            // Never the machine's real state folder. One per database, so every node of a clinic gets the same one.
            ["PainCare__DataProtectionCertificate"] = CertificatePath(database),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // Suites sign in and export many times a minute from one address; a test of the limits sets its own.
            ["PainCare__RateLimits__SignInPerMinute"] = "100000",
            ["PainCare__RateLimits__TwoFactorPerMinute"] = "100000",
            ["PainCare__RateLimits__UnlockPerMinute"] = "100000",
            ["PainCare__RateLimits__RatingLinkPerMinute"] = "100000",
            ["PainCare__RateLimits__ExportsPerMinute"] = "100000",
        };
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            _settings["ConnectionStrings__PainCareOwner"] = database.ConnectionString;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    public string LogFolder { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The app on a database of its own, on <paramref name="provider"/> or else <see cref="TestEngine.Current"/>.</summary>
    public static async Task<AppServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null, DatabaseProvider? provider = null)
    {
        var engine = provider ?? TestEngine.Current;
        var database = SeededTemplate.Suits(settings) ? await SeededTemplate.CopyAsync(engine) : await TestDatabase.CreateAsync(migrate: false, engine);
        var server = new AppServer(database, settings, ownsDatabase: true);
        try
        {
            await server.StartProcessAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>
    /// Another app process on a database that already exists (a second node of the same clinic, or a seeded network).
    /// The caller keeps the database and drops it after every server on it has stopped.
    /// </summary>
    public static async Task<AppServer> StartOnAsync(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = new AppServer(database, settings, ownsDatabase: false);
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>The operating-system process id of the running app, for reading its memory and CPU.</summary>
    public int ProcessId => _process is { HasExited: false } process ? process.Id : throw new InvalidOperationException("The web app is not running.");

    /// <summary>Kills the process outright (no graceful shutdown), as a crash or power cut would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        if (_process is not null)
        {
            _running.TryRemove(_process, out _);
        }
    }

    public async Task RestartAsync()
    {
        await KillAsync();
        await StartProcessAsync();
    }

    public string ReadLogs() =>
        string.Concat(Directory.EnumerateFiles(LogFolder).Select(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }

        Directory.Delete(LogFolder, recursive: true);
        if (_ownsDatabase && Path.GetDirectoryName(CertificatePath(Database)) is { } keys && Directory.Exists(keys))
        {
            Directory.Delete(keys, recursive: true);
        }
    }

    /// <summary>The key-encryption certificate of the apps on a test database (ADR 0101), made by the first to start.</summary>
    public static string CertificatePath(TestDatabase database) =>
        Path.Combine(Path.GetTempPath(), $"paincare-keys-{database.Name}", "data-protection.pfx");

    private async Task StartProcessAsync()
    {
        if (!File.Exists(RepositoryPaths.WebAssembly))
        {
            throw new InvalidOperationException($"The web app is not built at {RepositoryPaths.WebAssembly}.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.WebProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.WebAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{Port}");
        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        _running.TryAdd(_process, 0);
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            await WaitUntilReadyAsync(_process);
        }
        catch
        {
            // A process that never became ready was left running and loading the machine, which made the next start
            // slower still: on a busy run a dozen of them piled up.
            await KillAsync();
            throw;
        }
    }

    /// <summary>Stops every app this test process started that is still running, when the test process ends.</summary>
    private static void KillRunning()
    {
        foreach (var process in _running.Keys.Where(p => !p.HasExited))
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private async Task WaitUntilReadyAsync(Process process)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("account/sign-in");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering within the client's timeout yet (a loaded machine); the deadline decides.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The web app did not become ready within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static ConcurrentDictionary<Process, byte> Register()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillRunning();
        return new();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
