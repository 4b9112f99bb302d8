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

            // "You lot keep sending me to the gym": care that keeps being repeated is a complaint about it so far.
            if (j + 1 < span.EndToken && tokens.Lower(j) is "keep" or "keeps" or "kept"
                && tokens.Lower(j + 1) is "giving" or "sending" or "telling" or "handing" or "changing" or "putting" or "making")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "I've explained my back three times", "I was referred in May", "I've been doing the exercises": a treatment word
    /// straight after the patient's own "I" (an auxiliary or article between) reports what they did or had done, not
    /// what they want from this proposal.
    /// </summary>
    public static bool ReportsOwnAct(TokenStream tokens, int quote, int first)
    {
        var start = tokens.Quotes[quote].FirstToken;
        var j = first - 1;
        for (var skipped = 0; j >= start && skipped < 3 && tokens.Lower(j) is "been" or "was" or "got" or "already" or "just" or "also" or "doing" or "taking"
            or "using" or "the" or "my" or "all"; skipped++)
        {
            j--;
        }

        return j >= start && tokens.Lower(j) is "i" or "i've" or "i'm" or "ive" or "im";
    }
}
