using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Surnames that physiotherapy uses as the name of a method, a programme or a classification ("McKenzie extensions",
/// "Maitland glides", "Otago balance work", "Rockwood III"). Kept when what follows is the technique, in lower case,
/// in capitals or as a grade, and no title, given name or verb of a person makes the word a person.
/// </summary>
internal static class MethodEponyms
{
    private static readonly HashSet<string> _methods = new(StringComparer.Ordinal)
    {
        "mckenzie", "maitland", "mulligan", "mcgill", "bobath", "otago", "kaltenborn", "cyriax", "sahrmann", "schroth", "feldenkrais",
        "brunnstrom", "vojta", "jull", "shacklock", "rockwood", "tossy", "gartland", "kellgren", "outerbridge", "beighton", "meyerding",
        "schatzker", "lauge-hansen",
    };

    // What follows a person's surname far more than a method's: verbs of speaking, doing and being.
    private static readonly HashSet<string> _personVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "asked", "asks", "rang", "called", "phoned", "reported", "reports", "agreed", "agrees", "felt", "feels",
        "thinks", "thought", "wants", "wanted", "was", "is", "has", "had", "will", "would", "can", "could", "did", "does", "and", "came", "comes",
        "arrived", "attended", "attends", "left", "saw", "sees", "wrote", "writes", "emailed", "referred", "refers", "explained", "mentioned",
        "on", "at", "in", "from", "to", "for", "with", "of", "about", "who", "whose", "when", "while", "after", "before", "as", "by", "or", "but",
    };

    /// <summary>1 when the token at <paramref name="i"/> is a method's eponym used as one, else 0.</summary>
    public static int Length(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        if (!token.IsCapitalised || token.IsAllCaps || !_methods.Contains(token.Key) || ClinicalStructure.AfterTitle(context, i)
            || context.Known.NameKeys.ContainsKey(token.Key)
            || context.TokenAt(i - 1) is { IsCapitalised: true, IsAllCaps: false } before && context.IsSpaceGap(i - 1, i) && !before.IsSentenceStart)
        {
            return 0;
        }

        if (context.TokenAt(i + 1) is not { } next || !context.IsSpaceGap(i, i + 1))
        {
            return 0;
        }

        var technique = next.IsAllCaps || next.Base.All(c => char.IsDigit(c) || c is 'I' or 'V' or 'X' or '.')
            || (!next.IsCapitalised && !_personVerbs.Contains(next.Key) && !next.Key.EndsWith("ed", StringComparison.Ordinal));
        return technique ? 1 : 0;
    }
}
