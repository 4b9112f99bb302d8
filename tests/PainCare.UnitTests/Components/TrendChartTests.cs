using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PainCare.Domain.Alliance;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Shared;

namespace PainCare.UnitTests.Components;

/// <summary>The dated trend chart (issue 17, item 5), rendered by bunit: every session a link, marks in their lanes.</summary>
public sealed class TrendChartTests : BunitContext
{
    private static readonly InstrumentDefinition _checkIn = InstrumentCatalogue.LoadDefaults().Find(InstrumentCatalogue.CheckInId)!;
    private static readonly DateTimeOffset _first = new(2026, 3, 2, 23, 0, 0, TimeSpan.Zero);

    public TrendChartTests()
    {
        var settings = new Dictionary<string, string?> { ["PainCare:ClinicTimeZone"] = "Australia/Sydney" };
        Services.AddSingleton(new ClinicClock(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
    }

    [Fact]
    public void EverySession_IsOneLinkToItsNarrative_WithTheDayInItsName()
    {
        var points = Points();
        var chart = RenderChart(points, []);

        var links = chart.FindAll("a.session");

        Assert.Equal(points.Select(p => $"sessions/{p.SessionId}"), links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label"))));
        // 2 March 23:00 UTC is 3 March in Sydney: the clinic's day, not the server's.
        Assert.Contains("3 Mar", chart.FindAll("g.x-tick text.tick").Select(t => t.TextContent));
    }

    [Fact]
    public void MissedSession_IsDrawnAsMissed_AndMarksSitOnlyOnTheSessionsThatRecordedThem()
    {
        var chart = RenderChart(Points(), []);
        var sessions = chart.FindAll("a.session");

        Assert.Single(sessions[1].QuerySelectorAll("line.missed"));
        Assert.Empty(sessions[1].QuerySelectorAll("circle.point"));
        Assert.Single(sessions[2].QuerySelectorAll(".mark-safety"));
        Assert.Single(sessions[2].QuerySelectorAll(".mark-reflection.pinned"));
        Assert.Empty(sessions[0].QuerySelectorAll(".mark"));
    }

    [Fact]
    public void FlaggedSession_HasTheLargerPoint_AndBothAxesCarryValues()
    {
        var flag = new AllianceFlag(3, AllianceRules.BelowUsualRange, FlagSeverity.Alert, "Below the usual range", new Dictionary<string, double>());

        var chart = RenderChart(Points(), [flag]);

        Assert.Single(chart.FindAll("circle.point.flagged"));
        Assert.Equal(["1", "2", "3", "4", "5"], chart.FindAll("g.y-tick text.tick:not(.tick-pain)").Select(t => t.TextContent));
        Assert.Equal(["0", "2", "4", "6", "8", "10"], chart.FindAll("text.tick-pain").Select(t => t.TextContent));
    }

    private IRenderedComponent<TrendChart> RenderChart(IReadOnlyList<TrendPoint> points, IReadOnlyList<AllianceFlag> flags) =>
        Render<TrendChart>(p => p.Add(c => c.Model, new TrendModel(Guid.NewGuid(), "Test Patient", _checkIn, points, flags)));

    private static List<TrendPoint> Points() =>
    [
        new(1, Guid.NewGuid(), _first, Attendance.Attended, 4.5, 4.2, 6, new Dictionary<string, double>()),
        new(2, Guid.NewGuid(), _first.AddDays(7), Attendance.DidNotAttend, null, null, null, new Dictionary<string, double>()),
        new(3, Guid.NewGuid(), _first.AddDays(14), Attendance.Attended, 3.2, 4.0, 7, new Dictionary<string, double>())
        {
            Marks = new SessionMarks(SafetyCues: 1, SafetyAspects: ["guarding"], Strains: 0, Connections: 0, PromptsAnswered: 0, PromptsPinned: 1),
        },
    ];
}
