using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Towns and regions from the gazetteer, and capitalised phrases in place positions: after "in/at/from/near/to",
/// just before a postcode or state code, or just after a street address or facility ("Hollin Bank Surgery, Marlcombe").
/// Runs after the pattern recognisers because it reads their candidates.
/// </summary>
internal sealed partial class PlaceRecogniser : IRecogniser
{
    private static readonly HashSet<string> _wordPlaces = new(StringComparer.Ordinal) { "reading", "bath", "orange", "bury", "mesa", "darwin", "surrey", "kent", "regina" };

    internal static readonly HashSet<string> LocationCues = new(StringComparer.Ordinal) { "in", "at", "from", "near", "to", "around", "outside", "towards", "via", "into", "between" };

    private static readonly HashSet<string> _organisationCues = new(StringComparer.Ordinal) { "for", "with", "by" };

    // Common nouns that introduce a proper name directly: "the trawler Ocean Harvest", "the pub The Crown".
    private static readonly HashSet<string> _namedThings = new(StringComparer.Ordinal)
    {
        "trawler", "boat", "ship", "vessel", "yacht", "farm", "station", "pub", "restaurant", "cafe", "café", "diner", "shop", "store",
        "company", "firm", "band", "club", "team", "charity", "gym", "salon", "hotel", "bar", "brand", "label", "magazine", "newspaper",
        "business", "bakery", "garage", "school", "church", "parish", "congregation", "choir", "chain", "employer", "franchise", "supermarket",
    };

    private static readonly HashSet<string> _determiners = new(StringComparer.Ordinal) { "the", "our", "her", "his", "their", "a", "an", "my" };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        PlaceJoinedToOrigin(context, candidates);
        PlaceOpeningWhere(context, candidates);
        var tokens = context.Tokens;
        var anchors = candidates.Where(c => c.Kind is CandidateKind.Postcode or CandidateKind.RegionCode or CandidateKind.Address or CandidateKind.Facility).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalised && !context.Protected[i] && LowerCasePlaces.IsPlace(context, i))
            {
                candidates.Add(Span(context, i, i, Categories.Location, Priorities.Context));
                continue;
            }

            if (!token.IsCapitalised || context.Protected[i])
            {
                continue;
            }

            var length = Math.Max(Gazetteer.Places.MatchAt(context.Text, tokens, i), Gazetteer.Regions.MatchAt(context.Text, tokens, i));
            if (length > 0 && (!_wordPlaces.Contains(token.Key) || HasCue(context, i, LocationCues)))
            {
                candidates.Add(Span(context, i, i + length - 1, Categories.Location, Priorities.Gazetteer));
                i += length - 1;
                continue;
            }

            if (!NameRules.CanBeName(context, i))
            {
                continue;
            }

            var end = PhraseEnd(context, i);
            if (HasCue(context, i, LocationCues) || IsBeforeAnchor(context, end, anchors) || IsAfterAnchor(context, i, anchors))
            {
                candidates.Add(Span(context, i, end, Categories.Location, Priorities.Context));
                i = end;
            }
            // "with Ngozi Okonkwo" is a person: a run opening with a given name is left to the name recognisers.
            else if (HasCue(context, i, _organisationCues) && !Gazetteer.IsGivenName(token.Key) || (i > 0 && _namedThings.Contains(tokens[i - 1].Key) && (context.IsSpaceGap(i - 1, i) || context.Gap(i - 1, i) is ", ")))
            {
                candidates.Add(Span(context, i, end, Categories.Organisation, Priorities.Context));
                i = end;
            }
        }
    }

    private static Candidate Span(ScanContext context, int first, int last, string category, int priority) =>
        new(context.Tokens[first].Start, context.Tokens[last].BaseEnd, category == Categories.Location ? CandidateKind.Location : CandidateKind.Organisation, category, priority);

    /// <summary>Last token of a run of capitalised words (an all-caps code may close it: "Comcare SA").</summary>
    public static int PhraseEnd(ScanContext context, int first)
    {
        var end = first;
        while (end + 1 < context.Tokens.Count && end - first < 3)
        {
            var gap = context.Gap(end, end + 1);
            var joined = gap is " " || (gap is ". " && context.Tokens[end].Key is "st" or "mt");
            var throughCountry = context.Countries[end + 1] && end + 2 < context.Tokens.Count && context.IsSpaceGap(end + 1, end + 2) && NameRules.CanBeName(context, end + 2);
            if (!joined || context.Tokens[end].IsPossessive || !(NameRules.CanBeName(context, end + 1) || throughCountry || Gazetteer.RegionCodes.Contains(context.Tokens[end + 1].Base)))
            {
                break;
            }

            end++;
        }

        return end;
    }

    internal static bool HasCue(ScanContext context, int index, HashSet<string> cues)
    {
        var j = index - 1;
        if (j >= 0 && _determiners.Contains(context.Tokens[j].Key) && context.IsSpaceGap(j, index))
        {
            j--;
        }

        return j >= 0 && !context.Tokens[j].IsCapitalised && cues.Contains(context.Tokens[j].Key) && context.IsSpaceGap(j, j + 1);
    }

    private static bool IsBeforeAnchor(ScanContext context, int last, List<Candidate> anchors)
    {
        var end = context.Tokens[last].BaseEnd;
        return anchors.Any(a => a.Kind is CandidateKind.Postcode or CandidateKind.RegionCode && a.Start > end && a.Start - end <= 2 && context.Text.AsSpan(end, a.Start - end).Trim(", ").IsEmpty);
    }

    private static bool IsAfterAnchor(ScanContext context, int first, List<Candidate> anchors)
    {
        var start = context.Tokens[first].Start;
        return anchors.Any(a => a.Kind is CandidateKind.Address or CandidateKind.Facility && a.End < start && start - a.End <= 2 && context.Text.AsSpan(a.End, start - a.End).Trim(", ").IsEmpty);
    }

    /// <summary>"Kaikōura-based", "Derry-born": the place a person is from, joined to the word that says so.</summary>
    private static void PlaceJoinedToOrigin(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        if (!text.Contains("-b", StringComparison.Ordinal) && !text.Contains("-raised", StringComparison.Ordinal))
        {
            return;
        }

        foreach (System.Text.RegularExpressions.Match m in PlaceCompound().Matches(text))
        {
            var k = context.TokenIndexFrom(m.Index);
            if (k < context.Tokens.Count && !context.Protected[k] && !context.IsCommon(context.Tokens[k]))
            {
                var place = m.Groups["p"];
                candidates.Add(new Candidate(place.Index, place.Index + place.Length, CandidateKind.Location, Categories.Location, Priorities.Context));
            }
        }
    }

    /// <summary>"Ōpōtiki is where she grew up": a sentence opened by a place.</summary>
    private static void PlaceOpeningWhere(ScanContext context, List<Candidate> candidates)
    {
        if (!context.Text.Contains(" where", StringComparison.Ordinal))
        {
            return;
        }

        foreach (System.Text.RegularExpressions.Match m in PlaceIsWhere().Matches(context.Text))
        {
            var k = context.TokenIndexFrom(m.Index);
            if (k < context.Tokens.Count && NameRules.CanBeName(context, k))
            {
                candidates.Add(new Candidate(m.Index, m.Groups["p"].Index + m.Groups["p"].Length, CandidateKind.Location, Categories.Location, Priorities.Context));
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<p>\p{Lu}[\p{L}'’]+)-(?:based|born|raised|bred)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PlaceCompound();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<p>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?=\s+(?:is|was)\s+where\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PlaceIsWhere();
}
