using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using PainCare.Domain.Vignettes;
using PainCare.Web.Features.Shared;
using PainCare.Web.Features.Vignettes;

namespace PainCare.UnitTests.Components;

/// <summary>The clinician's and the supervisor's vignette lists (issue 14): sorting, paging and where each row leads.</summary>
public sealed class VignetteTableTests : IAsyncDisposable
{
    private readonly BunitContext _bunit = new();

    private static readonly VignetteSummary _draft = new(Guid.NewGuid(), "Walking again after the fall", VignetteStatus.Draft, null, "Dr Mara Quinn", 0, 0);
    private static readonly VignetteSummary _returned = new(Guid.NewGuid(), "Back pain and the new job", VignetteStatus.Returned, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), "Dr Mara Quinn", 3, 1);
    private static readonly VignetteSummary _discussed = new(Guid.NewGuid(), "Chronic neck pain, first review", VignetteStatus.InDiscussion, new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero), "Dr Ana Lim", 7, 0);
    private static readonly VignetteSummary[] _vignettes = [_draft, _returned, _discussed];

    public VignetteTableTests()
    {
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
        _bunit.AddAuthorization().SetAuthorized("Sam Carter");
        _bunit.Services.AddSingleton(new ClinicClock(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PainCare:ClinicTimeZone"] = "UTC" }).Build()));
    }

    [Theory]
    [InlineData("Title", new[] { "Back pain and the new job", "Chronic neck pain, first review", "Walking again after the fall" })]
    [InlineData("Submitted", new[] { "Walking again after the fall", "Chronic neck pain, first review", "Back pain and the new job" })]
    [InlineData("Messages", new[] { "Walking again after the fall", "Back pain and the new job", "Chronic neck pain, first review" })]
    public void ColumnHeading_SortsTheVignettes_AndASecondPressReversesIt(string column, string[] ascending)
    {
        var table = Render(_vignettes, VignetteListOwner.Author);

        SortBy(table, column);
        table.WaitForAssertion(() => Assert.Equal(ascending, Titles(table)));
        SortBy(table, column);

        table.WaitForAssertion(() => Assert.Equal(ascending.Reverse(), Titles(table)));
    }

    [Fact]
    public void TheAuthor_OpensDraftsAndReturnedVignettesInTheEditor_AndTheRestInTheirThread()
    {
        var table = Render(_vignettes, VignetteListOwner.Author);

        Assert.Equal(
            [$"my-vignettes/{_draft.Id}", $"my-vignettes/{_returned.Id}", $"vignettes/{_discussed.Id}"],
            table.FindAll("td[data-label=Title] a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Supervisor", table.FindAll("th").ElementAt(3).TextContent.Trim());
    }

    [Fact]
    public void TheSupervisor_OpensEveryVignetteInItsThread_AndSeesWhoSentIt()
    {
        var table = Render(_vignettes, VignetteListOwner.Supervisor);

        Assert.All(table.FindAll("td[data-label=Title] a"), a => Assert.StartsWith("vignettes/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("From", table.FindAll("th").ElementAt(3).TextContent.Trim());
        Assert.Equal(["Returned for changes"], table.FindAll("td[data-label=Status]").Select(td => td.TextContent.Trim()).Where(t => t.StartsWith("Returned", StringComparison.Ordinal)));
    }

    [Fact]
    public void UnreadMessages_AreMarkedOnTheirRow()
    {
        var table = Render(_vignettes, VignetteListOwner.Author);

        var unread = Assert.Single(table.FindAll(".unread"));
        Assert.Equal("1 new", unread.TextContent.Trim());
    }

    [Fact]
    public void AListLongerThanAPage_IsPaged()
    {
        var many = Enumerable.Range(1, 26).Select(i => _discussed with { Id = Guid.NewGuid(), Title = $"Vignette {i:00}" }).ToList();
        var table = Render(many, VignetteListOwner.Supervisor);

        Assert.Equal(VignetteTable.RowsPerPage, table.FindAll("tbody tr").Count);
        table.FindAll(".mud-table-pagination button").Single(b => b.GetAttribute("aria-label") == "Next page").Click();

        table.WaitForAssertion(() => Assert.Equal(["Vignette 26"], Titles(table)));
    }

    [Fact]
    public void ChoosingTenRowsPerPage_ShowsTen_AndThePagerSaysSo()
    {
        var many = Enumerable.Range(1, 26).Select(i => _discussed with { Id = Guid.NewGuid(), Title = $"Vignette {i:00}" }).ToList();
        var table = Render(many, VignetteListOwner.Supervisor);
        Assert.Contains("1–25 of 26", table.Markup, StringComparison.Ordinal);

        table.Find(".pc-rows-per-page select").Change("10");

        table.WaitForAssertion(() =>
        {
            Assert.Equal(10, table.FindAll("tbody tr").Count);
            Assert.Contains("1–10 of 26", table.Markup, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ChoosingFiftyRowsPerPage_ShowsTheWholeList()
    {
        var many = Enumerable.Range(1, 26).Select(i => _discussed with { Id = Guid.NewGuid(), Title = $"Vignette {i:00}" }).ToList();
        var table = Render(many, VignetteListOwner.Author);

        table.Find(".pc-rows-per-page select").Change("50");

        table.WaitForAssertion(() =>
        {
            Assert.Equal(26, table.FindAll("tbody tr").Count);
            Assert.Contains("1–26 of 26", table.Markup, StringComparison.Ordinal);
        });
    }

    private static void SortBy(IRenderedComponent<VignetteTable> table, string column) =>
        table.FindAll("th .mud-table-sort-label").Single(l => l.TextContent.Trim() == column).Click();

    private static IEnumerable<string> Titles(IRenderedComponent<VignetteTable> table) =>
        table.FindAll("tbody tr td[data-label=Title] a").Select(a => a.TextContent.Trim());

    private IRenderedComponent<VignetteTable> Render(IReadOnlyList<VignetteSummary> vignettes, VignetteListOwner owner) =>
        _bunit.Render<VignetteTable>(parameters => parameters.Add(p => p.Items, vignettes).Add(p => p.Owner, owner));

    public ValueTask DisposeAsync() => _bunit.DisposeAsync();
}
