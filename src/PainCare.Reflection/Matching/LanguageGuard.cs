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
        var sentences = new Dictionary<int, (int English, int Foreign)>();
        var paragraphs = new Dictionary<int, (int English, int Foreign)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var lower = tokens.Lower(i);
            var english = WordLists.In(words.English, lower) ? 1 : 0;
            var foreign = WordLists.In(words.Foreign, lower) || lower.IndexOfAny(ForeignLetters) >= 0 ? 1 : 0;
            Add(sentences, tokens[i].Sentence, english, foreign);
            Add(paragraphs, tokens[i].Paragraph, english, foreign);
        }

        var result = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var (english, foreign) = sentences[tokens[i].Sentence];
            if (english + foreign < 2)
            {
                (english, foreign) = paragraphs[tokens[i].Paragraph];
            }

            result[i] = foreign >= 2 && foreign > english;
        }

        return result;
    }

    private static void Add(Dictionary<int, (int English, int Foreign)> counts, int key, int english, int foreign)
    {
        var current = counts.GetValueOrDefault(key);
        counts[key] = (current.English + english, current.Foreign + foreign);
    }
}
