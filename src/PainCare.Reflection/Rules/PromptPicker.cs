namespace PainCare.Reflection.Rules;

/// <summary>
/// Chooses one of a rule's phrasings from a stable hash of note id, date and rule id, so the same note always
/// shows the same sentence while a clinician does not meet the same sentence every day.
/// </summary>
internal static class PromptPicker
{
    public static string Pick(Rule rule, string? noteId, DateOnly? date)
    {
        var key = $"{noteId}|{date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}|{rule.Id}";
        return rule.Prompts[(int)(Fnv1A(key) % (uint)rule.Prompts.Count)];
    }

    // FNV-1a: string.GetHashCode is randomised per process and must not decide what a clinician sees.
    private static uint Fnv1A(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
