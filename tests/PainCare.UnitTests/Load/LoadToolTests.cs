using PainCare.Load;

namespace PainCare.UnitTests.Load;

public sealed class LoadToolTests
{
    private static readonly DateTime _from = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("--steps", "20,10")]
    [InlineData("--steps", "0")]
    [InlineData("--think-seconds", "0")]
    [InlineData("--circuits", "300")]
    [InlineData("--idle-circuits", "-1")]
    public void Options_RefuseWhatCannotBeRun(string name, string value) =>
        Assert.Null(LoadOptions.Parse([name, value]));

    [Fact]
    public void Options_SeedAClinicianForEveryActingAndIdleCircuit()
    {
        var options = LoadOptions.Parse(["--steps", "10,40", "--idle-circuits", "260"])!;

        Assert.Equal([10, 40], options.Steps);
        Assert.Equal(100, options.Scale);
        Assert.True(options.StopAtKnee);
        Assert.Null(LoadOptions.Parse(["--steps", "10,40", "--idle-circuits", "260", "--scale", "99"]));
    }

    [Fact]
    public void ActionLog_CountsErrorsApart_AndTakesPercentilesOfTheRest()
    {
        var log = new ActionLog();
        for (var i = 1; i <= 100; i++)
        {
            log.Add(new ActionRecord(_from.AddSeconds(i % 10), i % 2 == 0 ? "caseload" : "type", i, Error: null));
        }

        log.Add(new ActionRecord(_from.AddSeconds(1), "type", 15_000, "type: timed out"));
        log.Add(new ActionRecord(_from.AddMinutes(5), "type", 1, Error: null));

        var stats = log.Window(_from, _from.AddSeconds(10));

        Assert.Equal(101, stats.Actions);
        Assert.Equal(50, stats.P50);
        Assert.Equal(95, stats.P95);
        Assert.Equal(1, stats.Errors["type: timed out"]);
        Assert.Equal(96, stats.P95ByAction["caseload"]);
    }

    [Fact]
    public void ServerTimings_ReadOnlyPageRendersInsideTheWindow()
    {
        const string log = """
            2026-11-21 08:00:01.000 +00:00 [INF] HTTP GET /caseload responded 200 in 12.5 ms with 2 queries
            2026-11-21 08:00:02.000 +00:00 [INF] HTTP GET /patients/{PatientId:guid} responded 200 in 40.0 ms with 3 queries
            2026-11-21 08:00:03.000 +00:00 [INF] HTTP GET _content/Radzen.Blazor/css/standard-base.css responded 200 in 900.0 ms with 0 queries
            2026-11-21 08:00:04.000 +00:00 [INF] HTTP GET /sessions/{SessionId:guid} responded 404 in 800.0 ms with 1 queries
            2026-11-21 08:09:00.000 +00:00 [INF] HTTP GET /caseload responded 200 in 700.0 ms with 2 queries
            """;

        Assert.Equal(40.0, ServerTimings.PageP95(log, _from, _from.AddMinutes(1)));
        Assert.Equal("caseload 12.5, patients/{PatientId:guid} 40.0", ServerTimings.P95ByRoute(log, _from, _from.AddMinutes(1)));
    }

    [Fact]
    public void CpuShare_IgnoresProcessesThatEnded_AndCountsNewOnesWhole()
    {
        var before = new CpuSnapshot(_from, new Dictionary<int, (char, double)> { [1] = ('a', 10), [2] = ('d', 50), [3] = ('d', 4) }, 100);
        var after = new CpuSnapshot(_from.AddSeconds(10), new Dictionary<int, (char, double)> { [1] = ('a', 12), [3] = ('d', 5), [4] = ('c', 3) }, 110);

        var share = after.Since(before);

        Assert.Equal(0.2, share.App, 3);
        Assert.Equal(0.1, share.Database, 3);
        Assert.Equal(0.3, share.Client, 3);
        Assert.Equal(1.0, share.Machine, 3);
    }
}
