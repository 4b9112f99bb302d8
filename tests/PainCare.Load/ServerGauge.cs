using System.Globalization;
using Npgsql;

namespace PainCare.Load;

/// <summary>
/// Reads the machine's own accounting (Linux /proc) for the app process, PostgreSQL and the load generator (this
/// process, Chromium and Playwright's Node driver, whose main thread names the process "MainThread"), and counts
/// the app's open database connections.
/// </summary>
public sealed class ServerGauge(int appProcessId, string adminConnection, string databaseName)
{
    private static readonly double _ticksPerSecond = 100;

    public static long ResidentBytes(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    public CpuSnapshot Cpu()
    {
        var perProcess = new Dictionary<int, (char Role, double Seconds)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            var seconds = CpuSeconds(pid, out var name);
            if (pid == appProcessId)
            {
                perProcess[pid] = ('a', seconds);
            }
            else if (name == "postgres")
            {
                perProcess[pid] = ('d', seconds);
            }
            else if (pid == Environment.ProcessId || name is "chromium" or "chrome" or "node" or "MainThread")
            {
                perProcess[pid] = ('c', seconds);
            }
        }

        return new CpuSnapshot(DateTime.UtcNow, perProcess, MachineBusySeconds());
    }

    public long AppResidentBytes() => ResidentBytes(appProcessId);

    public async Task<int> OpenConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @db", connection);
        command.Parameters.AddWithValue("db", databaseName);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static double CpuSeconds(int pid, out string name)
    {
        name = string.Empty;
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            name = stat[(open + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            // Fields 14 and 15 of stat (utime, stime); index 11 and 12 after the name.
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / _ticksPerSecond;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return 0;
        }
    }

    private static double MachineBusySeconds()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = cpu[3] + cpu[4];
        return (cpu.Take(8).Sum() - idle) / _ticksPerSecond;
    }
}

/// <summary>
/// Cumulative CPU seconds per process at one moment; the difference of two, over the wall time between them, is a share.
/// Processes are compared one by one, so a database connection that closed in between does not make the sum go back.
/// </summary>
public sealed record CpuSnapshot(DateTime At, IReadOnlyDictionary<int, (char Role, double Seconds)> Processes, double Machine)
{
    public CpuShare Since(CpuSnapshot earlier)
    {
        var wall = Math.Max(0.001, (At - earlier.At).TotalSeconds);
        double Used(char role) => Processes.Where(p => p.Value.Role == role)
            .Sum(p => p.Value.Seconds - (earlier.Processes.TryGetValue(p.Key, out var before) ? before.Seconds : 0)) / wall;
        return new CpuShare(Used('a'), Used('d'), Used('c'), (Machine - earlier.Machine) / wall);
    }
}

/// <summary>CPU in cores (1.0 = one core busy) for the app, PostgreSQL, the load generator and the whole machine.</summary>
public sealed record CpuShare(double App, double Database, double Client, double Machine);
