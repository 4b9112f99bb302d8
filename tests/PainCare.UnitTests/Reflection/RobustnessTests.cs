using System.Diagnostics;
using System.Text;
using PainCare.Reflection;
using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;

/// <summary>Timing assertions run alone so the other tests' threads do not add noise.</summary>
[Collection(nameof(TimingCollection))]
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData(".,;:!?\"\"''")]
    public void EmptyText_YieldsNoPromptsAndNoError(string text)
    {
        Assert.Empty(Reflect.Prompts(text));
    }

    [Fact]
    public void NullText_IsTreatedAsEmpty()
    {
        Assert.Empty(ReflectionEngine.Default.Reflect(new ReflectionInput(null!)));
    }

    [Fact]
    public void TextOver100kCharacters_IsProcessedWithBoundedEvidence()
    {
        var text = Repeat("She flinched and said \"it burns\". Her grandson stays over on Fridays. Plan: graded exposure. ", 120_000);

        var prompts = Reflect.Prompts(text);

        Assert.Contains(prompts, p => p.Category == Categories.SafetyCue);
        Assert.All(prompts, p => Assert.True(p.Evidence.Spans.Count <= ReflectionEngine.MaxEvidenceSpans));
    }

    [Fact]
    public void ProcessingTime_GrowsLinearlyWithLength()
    {
        const string unit = "Session 3. She held her breath as I moved the hip, then \"sorry\" she said; no guarding later. Plan: review. ";
        var small = Repeat(unit, 25_000);
        var large = Repeat(unit, 200_000);
        Reflect.Prompts(small);

        // Interleaved, so a burst of load on a shared machine falls on both sizes rather than on one.
        var (smallTime, largeTime) = TimeBoth(() => Reflect.Prompts(small), () => Reflect.Prompts(large));

        // Eight times the text; a quadratic pass would take ~64 times as long. Allow generous noise on a shared machine.
        Assert.True(largeTime < (smallTime * 24) + 100, $"25k chars: {smallTime} ms, 200k chars: {largeTime} ms");
    }

    [Fact]
    public void OneEndlessSentence_IsStillFast()
    {
        var text = Repeat("and she felt frightened and I felt calm ", 120_000);

        Assert.True(Time(() => Reflect.Prompts(text)) < 2_000);
    }

    [Fact]
    public void UnbalancedQuote_DoesNotSwallowTheRestOfTheNote()
    {
        const string text = "I said \"take it slowly.\nShe looked exhausted.";

        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static (double First, double Second) TimeBoth(Action first, Action second)
    {
        var (bestFirst, bestSecond) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < 5; i++)
        {
            bestFirst = Math.Min(bestFirst, Time(first, 1));
            bestSecond = Math.Min(bestSecond, Time(second, 1));
        }

        return (bestFirst, bestSecond);
    }

    private static double Time(Action action, int runs = 5)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
