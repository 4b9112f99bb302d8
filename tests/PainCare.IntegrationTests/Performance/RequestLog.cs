using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Performance;

/// <summary>One request line of the app's log: route pattern, status and database commands sent.</summary>
public sealed record LoggedRequest(string Method, string Route, int Status, int Queries);

/// <summary>A request's log line and the response body the client received.</summary>
public sealed record Measured(LoggedRequest Line, string Body)
{
    public int Queries => Line.Queries;
}

/// <summary>Sends a request and reads back the line the app logged for it, with its query count.</summary>
public static partial class RequestLog
{
    public static IReadOnlyList<LoggedRequest> Read(AppServer server) =>
        Line().Matches(server.ReadLogs())
            .Select(m => new LoggedRequest(
                m.Groups["method"].Value,
                m.Groups["route"].Value,
                int.Parse(m.Groups["status"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["queries"].Value, CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>GETs <paramref name="path"/> and returns the logged line for it, which must name <paramref name="route"/>.</summary>
    public static Task<Measured> GetAsync(AppServer server, FormClient client, string path, string route) =>
        SendAsync(server, "GET", route, () => client.GetAsync(path.TrimStart('/')));

    /// <summary>
    /// Sends one request and waits for its log line: the line is written when the pipeline unwinds, which can be just
    /// after the client has the whole response.
    /// </summary>
    public static async Task<Measured> SendAsync(AppServer server, string method, string route, Func<Task<HttpResponseMessage>> send)
    {
        var before = Read(server).Count(r => r.Method == method && r.Route == route);
        HttpStatusCode status;
        string body;
        using (var response = await send())
        {
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var lines = Read(server).Where(r => r.Method == method && r.Route == route).ToList();
            if (lines.Count > before)
            {
                var line = lines[before];
                Assert.True(line.Status == (int)status, $"{method} {route}: the client saw {(int)status}, the log says {line.Status}");
                return new Measured(line, body);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No log line for {method} {route} (status {(int)status}) within 10 s.");
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"HTTP (?<method>[A-Z]+) (?<route>.+?) responded (?<status>\d{3}) in [\d.,]+ ms with (?<queries>\d+) queries")]
    private static partial Regex Line();
}
