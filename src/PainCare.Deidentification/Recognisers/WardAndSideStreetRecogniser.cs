using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Where a person is within a place or a street: a ward, bay, bed, locker, cubicle, room, cell or unit with its number ("Ward 6C, bed 12"),
/// which a writer gives to find the person there (the surrogate keeps the ward word and changes the number); and a street
/// named without its kind after a home word ("lives just off Tulloch").
/// </summary>
internal sealed partial class WardAndSideStreetRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        foreach (Match m in WardCode().Matches(text))
        {
            var code = m.Groups["code"];
            candidates.Add(new Candidate(m.Index, code.Index + code.Length, CandidateKind.Address, Categories.Location, Priorities.Pattern,
                new WithinPlace(code.Index - m.Index)));
        }

        // "Mrs Adeyemi from 14B", "a prisoner on C-Wing 2/11": a room, flat or cell given by its code alone, or a prison wing.
        foreach (var m in CodeAlone().EnumerateMatches(text))
        {
            if (m.Index >= 3 && PlaceWordBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 16), Math.Min(16, m.Index))))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Address, Categories.Location, Priorities.Context, new WithinPlace(0)));
            }
        }

        foreach (var m in PrisonWing().EnumerateMatches(text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Location, Categories.Location, Priorities.Pattern));
        }

        foreach (Match m in SideStreet().Matches(text))
        {
            var street = m.Groups["s"];
            // A home word before "off" outranks the reading of "off X" as a medicine stopped.
            var k = context.TokenIndexFrom(street.Index);
            if (k < context.Tokens.Count && context.Tokens[k] is { IsCapitalised: true } token && !context.IsCommon(token) && !NameRules.IsCalendar(token))
            {
                candidates.Add(new Candidate(street.Index, street.Index + street.Length, CandidateKind.Location, Categories.Location, Priorities.Facility));
            }
        }
    }

    [GeneratedRegex(@"(?<!\b(?i:sickle|stem|red|white|blood|nerve|hair|fat|plasma|T|B)\s)\b(?:[Ww]ard|[Bb]ay|[Bb]ed|[Ll]ocker|[Cc]ubicle|Unit|Flat|Apt|[Rr]oom|[Cc]ell)\s+(?:[Nn]o\.?\s*)?(?<code>(?<=[Cc]ell\s+)\d{1,2}-\d{1,3}|\d{1,3}[A-Z]?|[A-Z]{1,2}\d{1,3}[A-Z]?|(?<=(?:[Bb]ay|Flat|[Cc]ubicle|[Rr]oom)\s+)[A-H])(?![\w/-]|\.\d)(?!\s*(?:days?|weeks?|hours?|hrs|nights?|x\b|times|mins?|minutes|%|/|of\b))", RegexOptions.CultureInvariant)]
    private static partial Regex WardCode();

    [GeneratedRegex(@"\b(?i:lives?|living|lived|house|home|flat|unit|farm|place|property|block|shop|stays|staying|rents|renting)\s+(?i:just\s+|right\s+)?off\s+(?:the\s+)?(?<s>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex SideStreet();

    [GeneratedRegex(@"\b\d{2,3}[A-Z](?![\w/-])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeAlone();

    [GeneratedRegex(@"\b(?:from|in|next\s+door\s+to|opposite)\s\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWordBefore();

    [GeneratedRegex(@"\b(?:[A-H]-?(?:Hall|Wing|Block|Landing)|(?:Hall|Wing|Landing)\s+[A-H])\b(?:,?\s+(?:[Cc]ell\s+)?\d{1,2}[/-]\d{1,3})?", RegexOptions.CultureInvariant)]
    private static partial Regex PrisonWing();
}

/// <summary>Where the code starts in a ward, bed or room span, so its surrogate keeps the word before it.</summary>
internal sealed record WithinPlace(int CodeStart);
