using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// The catch-all: a capitalised word in mid-sentence that no list explains (not clinical, not everyday, not a
/// calendar word) is most likely a name, place or organisation; so is a pair of such words opening a sentence.
/// Lowest priority, so every specific recogniser overrides it.
/// </summary>
internal sealed partial class CapitalisedWordRecogniser : IRecogniser
{
    // Verbs that only a person does; "Oluwaseun reports" is a name even with no other cue. "is/has" are too common to use.
    private static readonly HashSet<string> _humanVerbs = new(StringComparer.Ordinal)
    {
        "reports", "reported", "described", "describes", "said", "says", "rang", "phoned", "explained", "explains", "asked", "asks", "told",
        "tells", "feels", "felt", "wants", "wanted", "prefers", "preferred", "chose", "attended", "attends", "lives", "lived", "works",
        "worked", "agreed", "agrees", "declined", "declines", "denies", "denied", "believes", "believed", "hopes", "hoped", "worries",
        "worried", "cried", "laughed", "smiled", "arrived", "presented", "presents", "mentioned", "mentions", "admitted", "admits",
        "came", "comes", "brought", "brings", "drove", "drives", "emailed", "texted", "messaged", "cancelled", "canceled", "booked",
        "rebooked", "thinks", "thought", "knows", "knew", "spoke", "speaks", "wrote", "writes", "visits", "visited", "nodded", "shrugged",
        "sighed", "hesitated", "insisted", "insists", "refused", "refuses", "apologised", "apologized", "joked", "cares", "minds",
    };

    // Of the verbs above, those a thing can do as well ("Swelling presented", "Funding came through"); "Dusty asked" stays a person.
    private static readonly HashSet<string> _thingVerbs = new(StringComparer.Ordinal)
    {
        "felt", "feels", "brought", "brings", "arrived", "presented", "presents", "worked", "works", "helped", "lived",
        "visited", "visits", "drives", "cancelled", "canceled", "booked",
    };

    private static readonly HashSet<string> _notNames = new(StringComparer.Ordinal)
    {
        "patient", "client", "staff", "nurse", "husband", "wife", "partner", "son", "daughter", "mother", "father", "family", "everyone",
        "nobody", "someone", "physio", "physiotherapist", "doctor", "surgeon", "consultant", "psychologist", "team", "carer", "parent",
        "parents", "sister", "brother", "friend", "employer", "manager", "colleague", "teacher", "school", "ward", "clinic",
    };

    private static readonly HashSet<string> _minorWords = new(StringComparer.Ordinal) { "and", "of", "the", "for", "to", "in", "a", "an", "on", "with", "or", "by", "at" };

    private static bool HasNameWord(ScanContext context, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var key = context.Tokens[k].Key;
            if (Gazetteer.IsAnyName(key) || context.Known.NameKeys.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"FABQ-W", "PHQ9": capitals with a figure or a one- or two-letter part are a scale's code, not a name in capitals.</summary>
    // "DSQ-SF", "PHQ-ADS": short capital parts joined by hyphens are a measure's code; a hyphenated surname has a name in it.
    private static readonly HashSet<string> _serviceHeads = new(StringComparer.Ordinal) { "centre", "center", "clinic", "service", "programme", "program" };

    private static bool IsCodeLike(string word) => word.Any(char.IsDigit) || word.Split('-').Any(part => part.Length <= 2)
        || word.Contains('-') && word.Split('-').All(part => part.Length <= 4 && !Gazetteer.IsAnyName(part.ToLowerInvariant()));

    private static bool IsSubjectOfHumanVerb(ScanContext context, int i) =>
        !_notNames.Contains(context.Tokens[i].Key) && context.TokenAt(i + 1) is { IsCapitalised: false } next
        && _humanVerbs.Contains(next.Key) && context.IsSpaceGap(i, i + 1);

    // Words of employment: a capitalised subject that changes someone's shifts or roster is an employer ("Acme cut her shifts").
    private static readonly HashSet<string> _workWords = new(StringComparer.Ordinal)
    {
        "shift", "shifts", "roster", "rostered", "rosters", "hours", "payroll", "wages", "pay", "contract", "redundancy", "redundant",
        "dismissed", "sacked", "fired", "hired", "employer", "employment", "manager", "supervisor", "hr", "duties", "workplace", "job",
    };

    /// <summary>A capitalised subject followed within the sentence (eight words) by a word of employment.</summary>
    private static bool IsEmployerSubject(ScanContext context, int first, int end)
    {
        if (_notNames.Contains(context.Tokens[first].Key) || context.TokenAt(end + 1) is not { IsCapitalised: false } || !context.IsSpaceGap(end, end + 1))
        {
            return false;
        }

        for (var k = end + 1; k < context.Tokens.Count && k <= end + 8 && !context.Tokens[k].IsSentenceStart; k++)
        {
            if (_workWords.Contains(context.Tokens[k].Key) && !context.Gap(k - 1, k).ContainsAny('.', ';', '\n'))
            {
                return true;
            }
        }

        return false;
    }

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        var headingEnd = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Start < headingEnd || (token.IsCapitalised && IsHeadingStart(context, i, out headingEnd)))
            {
                // A heading's words stay, but not one in no vocabulary: "Tove Brannstrom, PT" signs a note, "Kowhai Unit" names a place.
                if (UnknownWords.IsUnknown(context, i) && token.IsCapitalised && !token.Base.Contains('-'))
                {
                    candidates.Add(NameRules.NameCandidate(context, i, NameRole.Unknown, Priorities.Heuristic));
                }

                continue;
            }

            // Month names that are also given names (May, June) are left to the date recogniser and to name cues.
            if (!NameRules.CanBeName(context, i) || token.IsAllCaps && (token.Base.Length <= 5 || IsCodeLike(token.Base)) || token.Key is "may" or "june" or "april" or "august")
            {
                continue;
            }

            // "Pain Management Centre": an everyday word straight after a clinical term in title case carries the term on.
            if (i > 0 && context.Protected[i - 1] && !context.Countries[i - 1] && tokens[i - 1].IsCapitalised && context.IsSpaceGap(i - 1, i)
                && _serviceHeads.Contains(token.Key) && (i + 1 == tokens.Count || !context.IsSpaceGap(i, i + 1) || !tokens[i + 1].IsCapitalised))
            {
                continue;
            }

            // "Revised FIQ", "Modified ODI": an everyday word before a clinical code qualifies the measure.
            if (EnglishWords.Contains(token.Key) && !Gazetteer.IsAnyName(token.Key) && !Gazetteer.NameWords.Contains(token.Key) && BeforeClinicalCode(context, i))
            {
                continue;
            }

            var end = PlaceRecogniser.PhraseEnd(context, i);
            // "Preferred:", "Allergies:": an everyday word before a colon names a field, wherever the line puts it.
            if (context.Gap(end, end + 1).StartsWith(":") && !UnknownWords.IsUnknown(context, end))
            {
                i = end;
                continue;
            }

            // "Registration no. 55512": an everyday word before a number label names a field, not a person.
            if (NumberLabelAfter().IsMatch(context.Text.AsSpan(tokens[end].BaseEnd)) && !UnknownWords.IsUnknown(context, end))
            {
                i = end;
                continue;
            }

            // "Funding came through": an everyday word opening a sentence is the subject as itself, unless it is also a name.
            var everydayOpener = token.IsSentenceStart && end == i && EnglishWords.Contains(token.Key) && !Gazetteer.IsAnyName(token.Key) && !Gazetteer.NameWords.Contains(token.Key)
                && context.TokenAt(i + 1) is { } verb
                && (_thingVerbs.Contains(verb.Key) || verb.Key is "came" or "comes" && context.TokenAt(i + 2) is { Key: "through" or "back" });
            var subject = !everydayOpener && IsSubjectOfHumanVerb(context, end) || IsEmployerSubject(context, i, end);
            if (token.IsSentenceStart && end == i && !subject && !UnknownWords.OpensAsPerson(context, i) && !UnknownWords.OpensAsServiceArea(context, i)
                && !IsSignOff(context, i))
            {
                continue;
            }

            // A run of title-case words with no name in it is far more often a heading or a term ("Straight Leg Raise")
            // than a name, unless a word of it is in no vocabulary at all.
            if (end > i && !HasNameWord(context, i, end) && !subject)
            {
                if (TitleCaseRuns.IsProperPhrase(context, i, end))
                {
                    candidates.Add(TitleCaseRuns.Candidate(context, i, end));
                    i = end;
                    continue;
                }

                // Only the unknown words of such a run: "Whenuapai Airport" loses the town and keeps the airport.
                for (var k = i; k <= end; k++)
                {
                    if (UnknownWords.IsUnknown(context, k))
                    {
                        candidates.Add(NameRules.NameCandidate(context, k, NameRole.Unknown, Priorities.Heuristic));
                    }
                }

                i = end;
                continue;
            }

            for (var k = i; k <= end; k++)
            {
                candidates.Add(NameRules.NameCandidate(context, k, k == i && end > i ? NameRole.Given : NameRole.Unknown, Priorities.Heuristic));
            }

            i = end;
        }
    }

    private static bool BeforeClinicalCode(ScanContext context, int i) =>
        context.TokenAt(i + 1) is { IsAllCaps: true } code && context.IsSpaceGap(i, i + 1)
        && (context.Protected[i + 1] || ClinicalAbbreviations.Contains(code.Key) || context.IsCommon(code) || ScoreAfter().IsMatch(context.Text.AsSpan(code.BaseEnd)));

    // "FIQ 64", "ODI score 40", "NDI: 18/50": a code followed by its score.
    [GeneratedRegex(@"\A(?:\s+score)?:?\s?\d", RegexOptions.CultureInvariant)]
    private static partial Regex ScoreAfter();

    [GeneratedRegex(@"\A\s(?:no\.?|number|num|#|ID)\s*[:#.]?\s*[A-Z0-9]*\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberLabelAfter();
}
