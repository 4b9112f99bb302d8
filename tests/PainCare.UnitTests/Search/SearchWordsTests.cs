using PainCare.Data.Search;
using PainCare.Web.Features.Search;

namespace PainCare.UnitTests.Search;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData(0, false, "No sessions match.")]
    [InlineData(1, false, "1 matching session:")]
    [InlineData(2, false, "2 matching sessions, best first:")]
    [InlineData(1, true, "The best-matching session so far:")]
    [InlineData(25, true, "The 25 best-matching sessions so far, best first:")]
    public void Summary_CountsSessions_InTheSingularOrPlural(int shown, bool hasMore, string expected) =>
        Assert.Equal(expected, SearchWords.Summary(shown, hasMore));

    [Theory]
    [InlineData(SearchPlaces.Narrative, SearchPlaces.Narrative, "Found in the narrative.")]
    [InlineData(SearchPlaces.Addendum, SearchPlaces.Addendum, "Found in an addendum.")]
    [InlineData(SearchPlaces.Observation, SearchPlaces.Observation, "Found in an observation.")]
    [InlineData(SearchPlaces.Reflection, SearchPlaces.Reflection, "Found in your reflection.")]
    [InlineData(SearchPlaces.Narrative | SearchPlaces.Reflection, SearchPlaces.Reflection, "Found in your reflection; also in the narrative.")]
    [InlineData(SearchPlaces.Narrative | SearchPlaces.Addendum | SearchPlaces.Observation | SearchPlaces.Reflection, SearchPlaces.Addendum,
        "Found in an addendum; also in the narrative, in an observation and in your reflection.")]
    public void Where_NamesTheSnippetsPlaceFirst_ThenEveryOtherPlace(SearchPlaces places, SearchPlaces snippetFrom, string expected) =>
        Assert.Equal(expected, SearchWords.Where(places, snippetFrom));
}
