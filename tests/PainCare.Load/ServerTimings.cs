using System.Globalization;
using System.Text.RegularExpressions;

namespace PainCare.Load;

/// <summary>
/// The app's own timing of the pages it rendered, read from its request log. Set beside the round trips the browsers
/// saw, it tells a slow server from a saturated load generator.
/// </summary>
public static partial class ServerTimings
{
    public static double PageP95(string log, DateTime from, DateTime to) =>
        P95(PageTimes(log, from, to).Select(t => t.Milliseconds).ToList());

    public static string P95ByRoute(string log, DateTime from, DateTime to) =>
        string.Join(", ", PageTimes(log, from, to).GroupBy(t => t.Route).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {P95(g.Select(t => t.Milliseconds).ToList()):0.0}")));

    private static List<(string Route, double Milliseconds)> PageTimes(string log, DateTime from, DateTime to)
    {
        var times = new List<(string, double)>();
        foreach (Match m in RequestLine().Matches(log))
        {
            var at = DateTimeOffset.Parse(m.Groups["at"].Value, CultureInfo.InvariantCulture).UtcDateTime;
            var route = m.Groups["route"].Value.TrimStart('/');
            if (at >= from && at < to && IsPage(route))
            {
                times.Add((route, double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)));
            }
        }

        return times;
    }

    private static double P95(List<double> times)
    {
        times.Sort();
        return times.Count == 0 ? double.NaN : times[Math.Clamp((int)Math.Ceiling(0.95 * times.Count) - 1, 0, times.Count - 1)];
    }

    private static bool IsPage(string route) =>
        route.StartsWith("caseload", StringComparison.Ordinal)
        || route.StartsWith("patients/", StringComparison.Ordinal)
        || route.StartsWith("sessions/", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<at>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ [+-]\d\d:\d\d) \[INF\] HTTP GET (?<route>\S+) responded 200 in (?<ms>[\d.]+) ms", RegexOptions.Multiline)]
    private static partial Regex RequestLine();
}
