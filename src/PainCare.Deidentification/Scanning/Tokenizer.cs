using System.Text.RegularExpressions;

namespace PainCare.Deidentification.Scanning;

internal static partial class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            var start = match.Index;
            var end = start + match.Length;
            var baseEnd = end;
            if (match.Length > 2 && (text[end - 1] is 's' or 'S') && text[end - 2] is '\'' or '’')
            {
                baseEnd = end - 2;
            }
            else if (text[end - 1] is '\'' or '’')
            {
                baseEnd = end - 1;
            }

            var word = text[start..baseEnd].Replace('’', '\'');
            var capitalised = char.IsUpper(word[0]);
            var allCaps = capitalised && word.Length > 1 && IsAllCaps(word);
            tokens.Add(new Token(start, end, baseEnd, word, TextFold.Key(word), capitalised, allCaps, IsSentenceStart(text, start)));
        }

        return tokens;
    }

    private static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }

    private static bool IsSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '"' or '“' or '‘' or '(' or '\''))
        {
            i--;
        }

        if (i < 0)
        {
            return true;
        }

        return text[i] is '.' or '!' or '?' or ':' or '\n' or '\r' or '•' or '-' && (text[i] != '-' || i == 0 || text[i - 1] is ' ' or '\n');
    }

    // Atomic, so letters glued to digits ("HbA1c", "DAS28", "L4") are no word at all rather than a shorter "Hb" or "DA".
    [GeneratedRegex(@"(?<![\d\p{L}\p{M}])(?>\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*['’]?)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
