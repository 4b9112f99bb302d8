namespace PainCare.Domain.Narratives;

/// <summary>Which reflection prompts the panel shows beside a narrative.</summary>
public static class PromptShowing
{
    /// <summary>A few questions to think with, not a checklist: more than three crowd out the writing.</summary>
    public const int MaxShown = 3;

    /// <summary>The first <see cref="MaxShown"/> prompts, in the engine's order, leaving out any the clinician dismissed.</summary>
    public static IReadOnlyList<T> Choose<T>(IEnumerable<T> prompts, Func<T, bool> dismissed) =>
        [.. prompts.Where(p => !dismissed(p)).Take(MaxShown)];
}
