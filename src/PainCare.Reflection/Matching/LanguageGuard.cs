using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Marks sentences written in another language (Swedish, Spanish, …) so English cues are not matched there:
/// words such as "trauma" or "plan" are spelled the same and would otherwise fire by accident.
/// Sentences too short to judge inherit their paragraph's verdict.
/// </summary>
internal static class LanguageGuard
{
    private const string ForeignLetters = "åäöñáíóúãõ";

    public static bool[] ForeignTokens(TokenStream tokens, WordLists words)
    {
        var english = new int[tokens.Count];
        var foreign = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var lower = tokens.Lower(i);
            english[i] = WordLists.In(words.English, lower) ? 1 : 0;
            foreign[i] = WordLists.In(words.Foreign, lower) || lower.IndexOfAny(ForeignLetters) >= 0 ? 1 : 0;
        }

        var result = new bool[tokens.Count];
        var paragraphStart = 0;
        while (paragraphStart < tokens.Count)
        {
            var paragraphEnd = RunEnd(tokens, paragraphStart, static t => t.Paragraph);
            var paragraphForeign = IsForeign(english, foreign, paragraphStart, paragraphEnd, out _);
            var sentenceStart = paragraphStart;
            while (sentenceStart < paragraphEnd)
            {
                var sentenceEnd = RunEnd(tokens, sentenceStart, static t => t.Sentence);
                var verdict = IsForeign(english, foreign, sentenceStart, sentenceEnd, out var evidence);
                result.AsSpan(sentenceStart, sentenceEnd - sentenceStart).Fill(evidence < 2 ? paragraphForeign : verdict);
                sentenceStart = sentenceEnd;
            }

            paragraphStart = paragraphEnd;
        }

        return result;
    }

    /// <summary>Boundary ids only grow along the text, so each sentence and paragraph is one run of tokens.</summary>
    private static int RunEnd(TokenStream tokens, int start, Func<Token, int> key)
    {
        var id = key(tokens[start]);
        var end = start + 1;
        while (end < tokens.Count && key(tokens[end]) == id)
        {
            end++;
        }

        return end;
    }

    private static bool IsForeign(int[] english, int[] foreign, int start, int end, out int evidence)
    {
        var e = 0;
        var f = 0;
        for (var i = start; i < end; i++)
        {
            e += english[i];
            f += foreign[i];
        }

        evidence = e + f;
        return f >= 2 && f > e;
    }
}
