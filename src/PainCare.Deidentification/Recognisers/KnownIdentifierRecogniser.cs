using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Every spelling the text uses of a name or address the record knows: any case, possessives, diacritics dropped,
/// diminutives, hyphenated surname parts. Names that are also words must be capitalised ("Will", not "will").
/// </summary>
internal sealed class KnownIdentifierRecogniser : IRecogniser
{
    // Words of an address that are also everyday nouns ("3 Lake Terrace", "Mill Road"): written in lower case they are the
    // noun ("walks round the lake"), so they match only capitalised.
    private static readonly HashSet<string> _placeNouns = new(StringComparer.Ordinal)
    {
        "lake", "park", "hill", "hills", "bay", "beach", "river", "creek", "bridge", "valley", "heights", "green", "glen", "mount", "point",
        "port", "harbour", "harbor", "station", "market", "church", "mill", "field", "fields", "wood", "woods", "forest", "garden", "farm",
        "village", "town", "city", "island", "rock", "springs", "falls", "cove", "head", "ridge", "vale", "brook", "hall", "castle", "cross",
        "end", "gate", "common", "heath", "marsh", "meadow", "meadows", "orchard", "pond", "quay", "dock", "cliff", "downs", "moor",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var known = context.Known;
        foreach (var date in known.Dates)
        {
            foreach (Match m in KnownDates.Pattern(date).Matches(context.Text))
            {
                var value = new DateValue(DateForm.DayMonth, DateHasYear(m.Value, date) ? date.Year : null, date.Month, date.Day);
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Date, Categories.Date, Priorities.Known, value));
            }
        }

        if (known.NameKeys.Count == 0 && known.LocationKeys.Count == 0 && known.Numbers.Count == 0)
        {
            return;
        }

        foreach (var number in known.Numbers)
        {
            for (var at = context.Text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = context.Text.IndexOf(number, at + 1, StringComparison.Ordinal))
            {
                var end = at + number.Length;
                if ((at == 0 || !char.IsLetterOrDigit(context.Text[at - 1])) && (end == context.Text.Length || !char.IsLetterOrDigit(context.Text[end])))
                {
                    // A district, state or flat position gives way to a longer code it is part of ("M14 7QJ", "QLD-4471093").
                    var figures = number.All(char.IsAsciiDigit);
                    var kind = number.All(char.IsAsciiLetterUpper) ? CandidateKind.RegionCode : CandidateKind.Postcode;
                    candidates.Add(new Candidate(at, end, kind, Categories.Location, figures ? Priorities.Known : Priorities.Pattern - 1));
                }
            }
        }

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var wordLike = Gazetteer.NameWords.Contains(token.Key) || Gazetteer.CommonCapitalised.Contains(token.Base) || token.Key.Length <= 2;
            if (wordLike && !token.IsCapitalised && !InLowerCaseFullName(context, i))
            {
                continue;
            }

            if (known.NameKeys.TryGetValue(token.Key, out var nameRef))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Name, Categories.Name, Priorities.Known, nameRef));
            }
            else if (token.Key.Contains('-', StringComparison.Ordinal) && token.Key.Split('-').Any(known.NameKeys.ContainsKey))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Name, Categories.Name, Priorities.Known, NameRules.Ref(token.Key, NameRole.Surname)));
            }
            else if (known.LocationKeys.Contains(token.Key)
                && (token.IsCapitalised || (!wordLike && (!_placeNouns.Contains(token.Key) || BeforeStreetType(context, i)))))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Location, Categories.Location, Priorities.Known));
            }
        }
    }

    /// <summary>"sms from mark taylor": a known given name that is also a word counts in lower case beside the same person's surname.</summary>
    private static bool InLowerCaseFullName(ScanContext context, int i)
    {
        var names = context.Known.NameKeys;
        if (!names.TryGetValue(context.Tokens[i].Key, out var self))
        {
            return false;
        }

        return Partner(i + 1) || Partner(i - 1);

        bool Partner(int j) =>
            context.TokenAt(j) is { } other && context.IsSpaceGap(Math.Min(i, j), Math.Max(i, j))
            && names.TryGetValue(other.Key, out var them) && them.KnownIndex == self.KnownIndex && them.Role != self.Role;
    }

    private static readonly HashSet<string> _streetTypes = new(StringComparer.Ordinal)
    {
        "road", "rd", "street", "st", "avenue", "ave", "lane", "drive", "close", "crescent", "terrace", "place", "way", "grove", "parade",
    };

    /// <summary>"harbour view road": a place noun of the record's address, then a street type, is the address even in lower case.</summary>
    private static bool BeforeStreetType(ScanContext context, int i) =>
        context.TokenAt(i + 1) is { } next && (_streetTypes.Contains(next.Key) || context.TokenAt(i + 2) is { } after && _streetTypes.Contains(after.Key));

    private static bool DateHasYear(string written, DateOnly date) =>
        written.Contains(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        || Regex.IsMatch(written, $@"['’]?{date.Year % 100:00}\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
