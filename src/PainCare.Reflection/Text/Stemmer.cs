using System.Buffers;

namespace PainCare.Reflection.Text;

/// <summary>
/// A small suffix stripper (after Porter's step 1) so "recoiled", "recoiling" and "recoils" share one stem.
/// Lexicon phrases are stemmed by the same function, so only consistency matters, not linguistic accuracy.
/// </summary>
internal static class Stemmer
{
    /// <summary>Words shorter than this are matched exactly: short tokens are where accidental matches live.</summary>
    public const int MinimumLength = 5;

    /// <summary>Shorter stems collide with unrelated short words ("hopes" → "hop").</summary>
    private const int MinimumStem = 4;

    private static readonly SearchValues<char> _letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzàáâäåæçèéêëìíîïñòóôöøùúûüýÿ");

    /// <summary>Writes the stem of the lower-case <paramref name="word"/> to <paramref name="destination"/>; returns its length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (word.EndsWith("'s"))
        {
            word = word[..^2];
        }

        word.CopyTo(destination);
        var length = word.Length;
        if (length < MinimumLength || word.ContainsAnyExcept(_letters))
        {
            return length;
        }

        var s = destination[..length];
        length = StripPlural(s, length);
        length = StripVerbal(destination, length);
        if (length > MinimumStem && destination[length - 1] == 'y')
        {
            destination[length - 1] = 'i';
        }

        if (length > MinimumStem && destination[length - 1] == 'e')
        {
            length--;
        }

        return length;
    }

    private static int StripPlural(Span<char> s, int length)
    {
        if (s.EndsWith("sses"))
        {
            return length - 2;
        }

        if (s.EndsWith("ies") && length - 2 >= MinimumStem)
        {
            s[length - 3] = 'i';
            return length - 2;
        }

        if (s.EndsWith("s") && !s.EndsWith("ss") && !s.EndsWith("us") && !s.EndsWith("is"))
        {
            return length - 1;
        }

        return length;
    }

    private static int StripVerbal(Span<char> buffer, int length)
    {
        var s = buffer[..length];
        if (s.EndsWith("eed"))
        {
            return length - 1;
        }

        if (s.EndsWith("ied") && length - 2 >= MinimumStem)
        {
            buffer[length - 3] = 'i';
            return length - 2;
        }

        var cut = s.EndsWith("ingly") ? 5 : s.EndsWith("edly") ? 4 : s.EndsWith("ing") ? 3 : s.EndsWith("ed") || s.EndsWith("ly") ? 2 : 0;
        if (cut == 0 || length - cut < MinimumStem || !ContainsVowel(s[..(length - cut)]))
        {
            return length;
        }

        var verbal = cut != 2 || s.EndsWith("ed");
        length -= cut;
        if (verbal && length > MinimumStem && buffer[length - 1] == buffer[length - 2] && IsUndoubled(buffer[length - 1]))
        {
            length--;
        }

        return length;
    }

    private static bool ContainsVowel(ReadOnlySpan<char> s) => s.IndexOfAny("aeiouy") >= 0;

    private static bool IsUndoubled(char c) => c is 'b' or 'd' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';
}
