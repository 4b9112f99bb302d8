using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using PainCare.Domain.Patients;
using PainCare.Web.Features.Patients;

namespace PainCare.UnitTests.Components;

/// <summary>The patients list (issue 14): sorted by any column, paged 25 at a time, cards on a phone.</summary>
public sealed class PatientTableTests : IAsyncDisposable
{
    // Held, not inherited: MudBlazor's sort label brings a service that only disposes asynchronously.
    private readonly BunitContext _bunit = new();

    private static readonly PatientListEntry[] _patients =
    [
        new(Guid.NewGuid(), "Leonie Hartley", new DateOnly(1971, 4, 12), PatientStatus.Active, 4),
        new(Guid.NewGuid(), "Tomas Reyes", new DateOnly(1990, 9, 3), PatientStatus.Active, 12),
        new(Guid.NewGuid(), "Ingrid Olsen", new DateOnly(1958, 1, 30), PatientStatus.Discharged, 0),
    ];

    public PatientTableTests()
    {
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
        _bunit.AddAuthorization().SetAuthorized("Sam Carter");
    }

    [Theory]
    [InlineData("Name", new[] { "Ingrid Olsen", "Leonie Hartley", "Tomas Reyes" })]
    [InlineData("Date of birth", new[] { "Ingrid Olsen", "Leonie Hartley", "Tomas Reyes" })]
    [InlineData("Sessions", new[] { "Ingrid Olsen", "Leonie Hartley", "Tomas Reyes" })]
    public void ColumnHeading_SortsThePatients_AndASecondPressReversesIt(string column, string[] ascending)
    {
        var table = Render(_patients);

        SortBy(table, column);
        table.WaitForAssertion(() => Assert.Equal(ascending, Names(table)));
        SortBy(table, column);

        table.WaitForAssertion(() => Assert.Equal(ascending.Reverse(), Names(table)));
    }

    [Fact]
    public void SortedHeading_ReportsItsDirection_ToAssistiveTechnology()
    {
        var table = Render(_patients);
        Assert.Null(Heading(table, "Name").GetAttribute("aria-sort"));

        SortBy(table, "Name");
        table.WaitForAssertion(() => Assert.Equal("ascending", Heading(table, "Name").GetAttribute("aria-sort")));
        SortBy(table, "Sessions");

        table.WaitForAssertion(() =>
        {
            Assert.Null(Heading(table, "Name").GetAttribute("aria-sort"));
            Assert.Equal("ascending", Heading(table, "Sessions").GetAttribute("aria-sort"));
        });
    }

    [Fact]
    public void AListLongerThanAPage_ShowsTwentyFiveRows_AndAPagerToTheRest()
    {
        var many = Enumerable.Range(1, 30)
            .Select(i => new PatientListEntry(Guid.NewGuid(), $"Patient {i:00}", new DateOnly(1980, 1, 1), PatientStatus.Active, i))
            .ToList();
        var table = Render(many);

        Assert.Equal(PatientTable.RowsPerPage, table.FindAll("tbody tr").Count);
        table.FindAll(".mud-table-pagination button").Single(b => b.GetAttribute("aria-label") == "Next page").Click();

        table.WaitForAssertion(() => Assert.Equal(["Patient 26", "Patient 27", "Patient 28", "Patient 29", "Patient 30"], Names(table)));
    }

    [Fact]
    public void ChoosingFiftyRowsPerPage_ShowsAllThirtyPatients_AndThePagerSaysSo()
    {
        var many = Enumerable.Range(1, 30)
            .Select(i => new PatientListEntry(Guid.NewGuid(), $"Patient {i:00}", new DateOnly(1980, 1, 1), PatientStatus.Active, i))
            .ToList();
        var table = Render(many);
        var choice = table.Find(".pc-rows-per-page select");
        Assert.Equal("25", choice.QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.Contains("1–25 of 30", table.Markup, StringComparison.Ordinal);

        choice.Change("50");

        table.WaitForAssertion(() =>
        {
            Assert.Equal(30, table.FindAll("tbody tr").Count);
            Assert.Contains("1–30 of 30", table.Markup, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AShortList_HasNoPager()
    {
        var table = Render(_patients);

        Assert.Empty(table.FindAll(".mud-table-pagination button"));
    }

    [Fact]
    public void EveryCell_CarriesItsColumnName_AndTheHeadingRowStaysInView()
    {
        var table = Render(_patients);

        Assert.Contains("mud-xs-table", table.Find(".patients-table").ClassList);
        Assert.Contains("mud-table-sticky-header", table.Find(".patients-table").ClassList);
        var labels = table.FindAll("tbody tr").First().QuerySelectorAll("td").Select(td => td.GetAttribute("data-label"));
        Assert.Equal(["Name", "Date of birth", "Status", "Sessions"], labels);
    }

    [Fact]
    public void AChoiceOfRowsPerPage_IsRememberedInThisBrowser_AndAppliedOnTheNextVisit()
    {
        var table = Render(ManyPatients(30));

        table.Find(".pc-rows-per-page select").Change("50");

        table.WaitForAssertion(() => Assert.Equal(30, table.FindAll("tbody tr").Count));
        var saved = Assert.Single(_bunit.JSInterop.Invocations, i => i.Identifier == "localStorage.setItem");
        Assert.Equal(["paincare:rows-per-page:patients", "50"], saved.Arguments);
    }

    [Fact]
    public void ARememberedTenRows_PagesAListTooShortForTheDefaultPager_AndStillOffersTheChoice()
    {
        _bunit.JSInterop.Setup<string?>("localStorage.getItem", "paincare:rows-per-page:patients").SetResult("10");

        var table = Render(ManyPatients(20));

        table.WaitForAssertion(() => Assert.Equal(10, table.FindAll("tbody tr").Count));
        Assert.Equal("10", table.Find(".pc-rows-per-page select").QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.Contains("1–10 of 20", table.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AStoredValueThatIsNotAChoice_IsIgnored()
    {
        _bunit.JSInterop.Setup<string?>("localStorage.getItem", "paincare:rows-per-page:patients").SetResult("7");

        var table = Render(ManyPatients(30));

        Assert.Equal(PatientTable.RowsPerPage, table.FindAll("tbody tr").Count);
    }

    private static List<PatientListEntry> ManyPatients(int count) => Enumerable.Range(1, count)
        .Select(i => new PatientListEntry(Guid.NewGuid(), $"Patient {i:00}", new DateOnly(1980, 1, 1), PatientStatus.Active, i))
        .ToList();

    private static AngleSharp.Dom.IElement Heading(IRenderedComponent<PatientTable> table, string column) =>
        table.FindAll("th").Single(th => th.TextContent.Trim() == column);

    private static void SortBy(IRenderedComponent<PatientTable> table, string column) =>
        table.FindAll("th .mud-table-sort-label").Single(l => l.TextContent.Trim() == column).Click();

    private static IEnumerable<string> Names(IRenderedComponent<PatientTable> table) =>
        table.FindAll("tbody tr td[data-label=Name] a").Select(a => a.TextContent.Trim());

    private IRenderedComponent<PatientTable> Render(IReadOnlyList<PatientListEntry> patients) =>
        _bunit.Render<PatientTable>(parameters => parameters.Add(p => p.Items, patients));

    public ValueTask DisposeAsync() => _bunit.DisposeAsync();
}
