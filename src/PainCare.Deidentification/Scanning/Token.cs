namespace PainCare.Deidentification.Scanning;

/// <summary>A word of the input. <see cref="BaseEnd"/> excludes a possessive "'s" so replacements keep it.</summary>
internal readonly record struct Token(int Start, int End, int BaseEnd, string Base, string Key, bool IsCapitalised, bool IsAllCaps, bool IsSentenceStart)
{
    public bool IsPossessive => BaseEnd != End;
}
