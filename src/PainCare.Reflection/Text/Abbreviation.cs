namespace PainCare.Reflection.Text;

/// <summary>
/// Shorthand stops that do not end a sentence ("daughter v. upset", "approx. two weeks"): a known abbreviation
/// followed by a lower-case word. Splitting there would cut the subject off from what is said about it.
/// </summary>
internal static class Abbreviation
{
    private static readonly HashSet<string> _known = new(StringComparer.OrdinalIgnoreCase)
    {
        "v", "vs", "approx", "eg", "e.g", "ie", "i.e", "cf", "esp", "incl", "inc", "ca", "re", "poss", "prob",
    };

    public static bool EndsAt(string text, int dot)
    {
        if (dot + 2 >= text.Length || text[dot + 1] != ' ' || !char.IsLower(text[dot + 2]))
        {
            return false;
        }

        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return start < dot && _known.Contains(text[start..dot]);
    }
}
