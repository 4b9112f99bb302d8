using System.Text.RegularExpressions;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Performance;

public sealed partial class QueryCountGrowthTests
{
    private Task<Measured> GetAsync(FormClient client, string path, string pattern) => RequestLog.GetAsync(clinic.Server, client, path, pattern);

    private static void AssertSameQueries(string pattern, string target, Measured small, Measured large, string row) =>
        AssertSameQueries(pattern, target, small, large, new Regex(Regex.Escape(row)));

    private static void AssertSameQueries(string pattern, string target, Measured small, Measured large, Regex row)
    {
        var budget = QueryBudgets.For(pattern, target);
        var (smallRows, largeRows) = (row.Count(small.Body), row.Count(large.Body));
        Assert.True(largeRows > smallRows, $"{budget}: the page did not grow ({smallRows} → {largeRows} of {row})");
        Assert.True(
            small.Queries == budget.Queries && large.Queries == budget.Queries,
            $"{budget}: {small.Queries} queries for {smallRows} rows, {large.Queries} for {largeRows}; its budget is {budget.Queries}");
    }

    [GeneratedRegex(@"Said \d+\.")]
    private static partial Regex Observation();

    [GeneratedRegex(@"Safety cues \d+ \(guarding\)")]
    private static partial Regex TrendMarks();

    [GeneratedRegex(@"Addendum \d+\.")]
    private static partial Regex Addendum();

    [GeneratedRegex(@"Comment \d+\.")]
    private static partial Regex Comment();
}
