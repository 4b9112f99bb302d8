using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Whether a treatment word in the patient's own words is their view of this session's proposal. "'Not the stretches
/// again,' he said" is; a complaint about earlier care ("the previous one only gave me stretches", "I did all of
/// those before") or words quoted from an earlier week are not.
/// </summary>
internal static class QuotedView
{
    private const int LeadIn = 3;

    public static bool AboutEarlierCare(TokenStream tokens, int quote, bool sentenceInPast)
    {
        if (sentenceInPast)
        {
            return true;
        }

        // "The previous clinic 'gave me a sheet and that was it'": whom the words are about may stand before the quote.
        var span = tokens.Quotes[quote];
        var from = span.FirstToken;
        while (from > 0 && from > span.FirstToken - LeadIn && tokens[from - 1].Sentence == tokens[span.FirstToken].Sentence)
        {
            from--;
        }

        for (var j = from; j < span.EndToken && j < tokens.Count; j++)
        {
            if (tokens.Lower(j) is "last" or "before" or "previous")
            {
                return true;
            }
        }

        return false;
    }
}
