using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// A town typed without its capital ("lives in ashburton", "drove up from kawerau"), as messages and dictation do:
/// a listed place after a place word, or a word no English vocabulary holds after a verb of living or travelling.
/// </summary>
internal static class LowerCasePlaces
{
    private static readonly HashSet<string> _strongCues = new(StringComparer.Ordinal) { "in", "from", "near", "outside", "around", "past", "to", "at" };

    // Words two before the place that make "in/from/to X" a place of living or travel rather than a treatment ("switched to X").
    private static readonly HashSet<string> _placeVerbs = new(StringComparer.Ordinal)
    {
        "lives", "live", "living", "lived", "moved", "moving", "moves", "grew", "born", "raised", "based", "drove", "drives", "driving",
        "travelled", "traveled", "travels", "travelling", "traveling", "came", "comes", "coming", "flew", "flying", "back", "home", "visiting",
        "visited", "visit", "visits", "holiday", "holidays", "staying", "stayed", "stays", "works", "working", "worked", "up", "down", "out",
        "over", "originally", "relocated", "farm", "farming", "house", "flat", "family", "school", "went", "going", "goes", "trip", "move",
    };

    public static bool IsPlace(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        if (token.Base.Length < 4 || !IsLowerWord(token.Base) || !UnknownWords.IsUnknownKey(token.Key))
        {
            return false;
        }

        if (i == 0 || !_strongCues.Contains(context.Tokens[i - 1].Key) || !context.IsSpaceGap(i - 1, i))
        {
            return false;
        }

        if (Gazetteer.Places.MatchAt(context.Text, context.Tokens, i) == 1 || Gazetteer.Regions.MatchAt(context.Text, context.Tokens, i) == 1)
        {
            return true;
        }

        return i >= 2 && _placeVerbs.Contains(context.Tokens[i - 2].Key) && context.IsSpaceGap(i - 2, i - 1);
    }

    private static bool IsLowerWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
