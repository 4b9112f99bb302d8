using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PainCare.Testing;

/// <summary>
/// Debian's nginx as a sticky (<c>ip_hash</c>) reverse proxy in front of app servers on loopback ports: its own process,
/// configuration, logs and temporary files in a throwaway folder, never the system service or /etc/nginx.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/sbin/nginx";

    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private NginxProxy(string folder, int port, Process process)
    {
        Folder = folder;
        Port = port;
        _process = process;
    }

    public string Folder { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>One line per finished request, with the upstream (app server) that answered it.</summary>
    public string AccessLog => ReadShared(Path.Combine(Folder, "access.log"));

    public string ErrorLog => ReadShared(Path.Combine(Folder, "error.log")) + Output;

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<Uri> upstreams)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"nginx is not installed at {ExecutablePath}: ./paincare test installs it (Debian package nginx).");
        }

        var folder = Directory.CreateTempSubdirectory("paincare-nginx-").FullName;
        var port = FreePort();
        Directory.CreateDirectory(Path.Combine(folder, "temp"));
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), NginxConfig.Write(port, upstreams));
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", folder + "/", "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start nginx.");
        var proxy = new NginxProxy(folder, port, process);
        process.OutputDataReceived += (_, e) => proxy.Append(e.Data);
        process.ErrorDataReceived += (_, e) => proxy.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await proxy.WaitUntilServingAsync();
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }

        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The master and its worker: killing the tree leaves no worker behind holding the port.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {_process.ExitCode}:\n{ErrorLog}");
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

            await Task.Delay(100);
        }

        throw new TimeoutException($"nginx did not pass requests on within 20 s:\n{ErrorLog}");
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

    private static string ReadShared(string file)
    {
        if (!File.Exists(file))
        {
            return string.Empty;
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
