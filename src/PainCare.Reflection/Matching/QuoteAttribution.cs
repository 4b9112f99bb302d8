using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Decides who spoke each quotation. Only the patient's own words count as "patient words" (a minute particular);
/// a quoted line of the clinician's ("I said to her, '…'") does not.
/// </summary>
internal static class QuoteAttribution
{
    private const int VerbWindow = 12;
    private const int SubjectWindow = 6;
    private const int AfterWindow = 3;

    /// <summary>Per quote index: true when the clinician is the speaker.</summary>
    public static bool[] ClinicianQuotes(TokenStream tokens, WordLists words)
    {
        var result = new bool[tokens.Quotes.Count];
        foreach (var quote in tokens.Quotes)
        {
            result[quote.Index] = SpokenByClinician(tokens, words, quote);
        }

        return result;
    }

    private static bool SpokenByClinician(TokenStream tokens, WordLists words, QuoteSpan quote)
    {
        for (var j = quote.FirstToken - 1; j >= 0 && j >= quote.FirstToken - VerbWindow && tokens[j].Quote < 0; j--)
        {
            if (WordLists.In(words.SpeechVerbs, tokens.Lower(j)))
            {
                return SubjectIsClinician(tokens, words, j);
            }
        }

        var limit = Math.Min(tokens.Count, quote.EndToken + AfterWindow);
        for (var j = quote.EndToken; j < limit && tokens[j].Quote < 0; j++)
        {
            if (WordLists.In(words.PatientMarkers, tokens.Lower(j)))
            {
                return false;
            }

            if (WordLists.In(words.ClinicianMarkers, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SubjectIsClinician(TokenStream tokens, WordLists words, int verb)
    {
        for (var j = verb - 1; j >= 0 && j >= verb - SubjectWindow && tokens[j].Quote < 0; j--)
        {
            var lower = tokens.Lower(j);
            if (WordLists.In(words.ClinicianMarkers, lower))
            {
                return true;
            }

            if (WordLists.In(words.PatientMarkers, lower))
            {
                return false;
            }
        }

        return false;
    }
}
