using PainCare.Reflection;
using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Shorthands over the default engine for the behaviour tests.</summary>
internal static class Reflect
{
    public static IReadOnlyList<ReflectionPrompt> Prompts(string text) => ReflectionEngine.Default.Reflect(text);

    public static IReadOnlySet<string> Categories(string text) => Prompts(text).Select(p => p.Category).ToHashSet();

    public static IReadOnlySet<string> Categories(ReflectionInput input) => ReflectionEngine.Default.Reflect(input).Select(p => p.Category).ToHashSet();

    public static ReflectionPrompt Single(string text, string category) => Assert.Single(Prompts(text), p => p.Category == category);

    /// <summary>Words in the evidence of the given category's prompt.</summary>
    public static IReadOnlyList<string> Evidence(string text, string category) =>
        Single(text, category).Evidence.Spans.Select(s => s.Words).ToList();
}
