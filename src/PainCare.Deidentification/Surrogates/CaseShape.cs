namespace PainCare.Deidentification.Surrogates;

internal static class CaseShape
{
    /// <summary>The surrogate takes the original's case: "KAY" in a header, "kay" or "kaikohe" in text typed in lower case.</summary>
    public static string Like(string original, string surrogate) =>
        original.Count(char.IsLetter) > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? surrogate.ToUpperInvariant()
            : original.Any(char.IsLetter) && original.All(c => !char.IsLetter(c) || char.IsLower(c)) ? surrogate.ToLowerInvariant() : surrogate;

    /// <summary>As <see cref="Like"/>, and a capital opening the original opens the surrogate ("Spring 2023" to "Autumn 2022").</summary>
    public static string LikeOpening(string original, string surrogate)
    {
        var shaped = Like(original, surrogate);
        return original.Length > 0 && char.IsUpper(original[0]) && shaped.Length > 0 ? char.ToUpperInvariant(shaped[0]) + shaped[1..] : shaped;
    }
}
