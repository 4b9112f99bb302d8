namespace PainCare.Deidentification.Surrogates;

internal static class CaseShape
{
    /// <summary>The surrogate takes the original's case: "KAY" in a header, "kay" or "kaikohe" in text typed in lower case.</summary>
    public static string Like(string original, string surrogate) =>
        original.Count(char.IsLetter) > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? surrogate.ToUpperInvariant()
            : original.Any(char.IsLetter) && original.All(c => !char.IsLetter(c) || char.IsLower(c)) ? surrogate.ToLowerInvariant() : surrogate;
}
