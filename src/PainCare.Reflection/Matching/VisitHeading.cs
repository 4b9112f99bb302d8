using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// A note that opens with the kind of visit ("Knee review.", "Fibromyalgia follow-up.") names the appointment, not a
/// decision taken in it; "Follow-up in four weeks." and "Review 2/52" later in the note stay proposals.
/// </summary>
internal static class VisitHeading
{
    private const int MaxHeadingTokens = 5;

    public static bool IsHeading(TokenStream tokens, PhraseMatch match)
    {
        if (tokens[match.First].Sentence != 0 || match.End > MaxHeadingTokens)
        {
            return false;
        }

        // The visit word must close its fragment: "Review of her home programme" is about the programme.
        if (match.End < tokens.Count && tokens[match.End].Sentence == 0)
        {
            return false;
        }

        for (var j = match.First; j < match.End; j++)
        {
            if (tokens.Lower(j) is "follow" or "up" or "review" or "fu" or "f" or "u" or "-" or "/")
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
