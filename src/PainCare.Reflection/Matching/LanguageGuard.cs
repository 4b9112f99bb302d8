using System.Buffers;
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
        // Per token: 1 = English function word, 2 = foreign function word or letter. Rented: this runs per note.
        var votes = ArrayPool<byte>.Shared.Rent(tokens.Count);
        try
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var lower = tokens.Lower(i);
                votes[i] = WordLists.In(words.English, lower) ? (byte)1
                    : WordLists.In(words.Foreign, lower) || lower.IndexOfAny(ForeignLetters) >= 0 ? (byte)2 : (byte)0;
            }

            return Verdicts(tokens, votes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(votes);
        }
    }

    private static bool[] Verdicts(TokenStream tokens, byte[] votes)
    {
        var result = new bool[tokens.Count];
        var paragraphStart = 0;
        while (paragraphStart < tokens.Count)
        {
            var paragraphEnd = RunEnd(tokens, paragraphStart, static t => t.Paragraph);
            var paragraphForeign = IsForeign(votes, paragraphStart, paragraphEnd, out _);
            var sentenceStart = paragraphStart;
            while (sentenceStart < paragraphEnd)
            {
                var sentenceEnd = RunEnd(tokens, sentenceStart, static t => t.Sentence);
                var verdict = IsForeign(votes, sentenceStart, sentenceEnd, out var evidence);
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

    private static bool IsForeign(byte[] votes, int start, int end, out int evidence)
    {
        var e = 0;
        var f = 0;
        for (var i = start; i < end; i++)
        {
            e += votes[i] == 1 ? 1 : 0;
            f += votes[i] == 2 ? 1 : 0;
        }

        evidence = e + f;
        return f >= 2 && f > e;
    }
}
