using System.Diagnostics;

namespace PainCare.Testing;

/// <summary>What one run of <c>./paincare</c> printed and returned.</summary>
public sealed record ScriptResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Runs the repository's <c>./paincare</c> script. It uses the CLI this test run built (same configuration, no second
/// build beside the test's own) and only the settings given, so it never installs anything or starts a cluster when a
/// connection string is passed.
/// </summary>
public static class PaincareScript
{
    public static async Task<ScriptResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "paincare"))
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ConnectionStrings__PainCare");
        start.Environment.Remove("ConnectionStrings__PainCareOwner");
        start.Environment["PAINCARE_CONFIGURATION"] = RepositoryPaths.Configuration;
        start.Environment["PAINCARE_NO_BUILD"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start ./paincare.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"./paincare {string.Join(' ', args)} did not finish within 3 minutes:\n{await stderr}");
        }

        return new ScriptResult(process.ExitCode, await stdout, await stderr);
    }
}
