using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using PainCare.Domain.Alliance;
using PainCare.Web.Features.Caseload;
using PainCare.Web.Features.Shared;

namespace PainCare.UnitTests.Caseload;

/// <summary>The caseload grid (ADR 0200), rendered by bunit without a browser or a database.</summary>
public sealed class CaseloadGridTests : IAsyncDisposable
{
    // Held, not inherited: MudBlazor's sort label brings a service that only disposes asynchronously.
    private readonly BunitContext _bunit = new();

    private static readonly AllianceFlag _alert = new(3, AllianceRules.BelowCutOff, FlagSeverity.Alert, "Below the cut-off", new Dictionary<string, double>());

    private static readonly CaseloadEntry[] _entries =
    [
        new(Guid.NewGuid(), "Leonie Hartley", DateTimeOffset.UtcNow.AddDays(-2), 4, "Review goals", [_alert]),
        new(Guid.NewGuid(), "Tomas Reyes", DateTimeOffset.UtcNow.AddDays(-5), 2, "Second session", []),
        new(Guid.NewGuid(), "Ingrid Olsen", null, 0, "First session", []),
    ];

    public CaseloadGridTests()
    {
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
        _bunit.Services.AddSingleton(new ClinicClock(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PainCare:ClinicTimeZone"] = "UTC" }).Build()));
    }

    [Fact]
    public void TypingInTheFilter_ShowsOnlyMatchingPatients_AndCountsThem()
    {
        var grid = RenderGrid(_entries, interactive: true);

        grid.Find("input").Input("leo");

        grid.WaitForAssertion(() =>
        {
            var row = Assert.Single(grid.FindAll("tbody tr"));
            Assert.Contains("Leonie Hartley", row.TextContent, StringComparison.Ordinal);
            Assert.Equal("1 of 3 patients", grid.Find("[role=status]").TextContent.Trim());
        });
    }

    [Fact]
    public void AttentionToggle_ShowsOnlyPatientsWithAnAlert_AndReportsItsPressedState()
    {
        var grid = RenderGrid(_entries, interactive: true);
        var toggle = grid.FindAll("button").Single(b => b.TextContent.Trim().StartsWith("Needs attention only (1)", StringComparison.Ordinal));
        Assert.Equal("false", toggle.GetAttribute("aria-pressed"));

        toggle.Click();

        grid.WaitForAssertion(() =>
        {
            Assert.Equal("true", grid.FindAll("button").Single(b => b.TextContent.Contains("Needs attention only", StringComparison.Ordinal)).GetAttribute("aria-pressed"));
            var row = Assert.Single(grid.FindAll("tbody tr"));
            Assert.NotNull(row.QuerySelector(".flag-alert"));
        });
    }

    [Fact]
    public void EveryCell_CarriesItsColumnName_SoRowsBecomeCardsOnAPhone()
    {
        var grid = RenderGrid(_entries, interactive: true);

        // MudBlazor turns a table with the mud-xs-table class into cards below 600 px, labelling each cell by data-label.
        Assert.Contains("mud-xs-table", grid.Find(".caseload-table").ClassList);
        var labels = grid.FindAll("tbody tr").First().QuerySelectorAll("td").Select(td => td.GetAttribute("data-label"));
        Assert.Equal(["Patient", "Last session", "Sessions", "Next step", "Alliance"], labels);
    }

    [Fact]
    public void WhilePrerendered_TheFilterAndToggleWaitForTheCircuit()
    {
        var grid = RenderGrid(_entries, interactive: false);

        Assert.True(grid.Find("input").HasAttribute("disabled"));
        Assert.True(grid.FindAll("button").Single(b => b.TextContent.Contains("Needs attention only", StringComparison.Ordinal)).HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("Patient", new[] { "Ingrid Olsen", "Leonie Hartley", "Tomas Reyes" })]
    [InlineData("Last session", new[] { "Ingrid Olsen", "Tomas Reyes", "Leonie Hartley" })]
    [InlineData("Sessions", new[] { "Ingrid Olsen", "Tomas Reyes", "Leonie Hartley" })]
    public void ColumnHeading_SortsTheCaseload_AndASecondPressReversesIt(string column, string[] ascending)
    {
        var grid = RenderGrid(_entries, interactive: true);

        SortBy(grid, column);
        grid.WaitForAssertion(() => Assert.Equal(ascending, PatientNames(grid)));
        SortBy(grid, column);

        grid.WaitForAssertion(() => Assert.Equal(ascending.Reverse(), PatientNames(grid)));
    }

    [Fact]
    public void AnEmptyCaseload_OffersToAddAPatient()
    {
        var grid = RenderGrid([], interactive: true);

        Assert.Empty(grid.FindAll("table"));
        var next = grid.FindAll("a").Single(a => a.TextContent.Trim() == "Add a patient");
        Assert.Equal("patients/new", next.GetAttribute("href"));
    }

    private static void SortBy(IRenderedComponent<CaseloadGrid> grid, string column) =>
        grid.FindAll("th .mud-table-sort-label").Single(l => l.TextContent.Trim() == column).Click();

    private static IEnumerable<string> PatientNames(IRenderedComponent<CaseloadGrid> grid) =>
        grid.FindAll("tbody tr td[data-label=Patient] a").Select(a => a.TextContent.Trim());

    private IRenderedComponent<CaseloadGrid> RenderGrid(IReadOnlyList<CaseloadEntry> entries, bool interactive) =>
        _bunit.Render<CaseloadGrid>(parameters => parameters
            .Add(p => p.Entries, entries)
            .Add(p => p.Interactive, interactive));

    public ValueTask DisposeAsync() => _bunit.DisposeAsync();
}
