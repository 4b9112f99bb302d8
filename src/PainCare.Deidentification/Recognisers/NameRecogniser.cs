using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// People not in the record: names after titles (Dr, MRS), all-caps headers ("HALVORSEN, Ingrid"), gazetteer given
/// names and surnames, names after relationship words ("her husband Piers"), nicknames ("known as Fitz") and names
/// described as people ("Marigold, 12,"). Names that are also words need one of these contexts.
/// </summary>
internal sealed partial class NameRecogniser : IRecogniser
{
    private static readonly HashSet<string> _relations = new(StringComparer.Ordinal)
    {
        "husband", "wife", "partner", "spouse", "son", "daughter", "mother", "father", "mum", "mom", "dad", "mam", "sister", "brother",
        "granddaughter", "grandson", "grandmother", "grandfather", "grandma", "grandpa", "nan", "gran", "aunt", "auntie", "uncle", "niece",
        "nephew", "cousin", "friend", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance", "fiancee", "carer", "supervisor", "manager",
        "boss", "colleague", "neighbour", "neighbor", "stepson", "stepdaughter", "stepfather", "stepmother", "twin", "ex", "ex-husband",
        "ex-wife", "ex-partner", "sibling", "children", "including", "kids", "grandchildren", "landlord", "flatmate", "housemate", "teacher",
        "coach", "physio", "physiotherapist", "psychologist", "counsellor", "therapist", "named", "called", "nicknamed", "brother-in-law",
        "sister-in-law", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "stepbrother", "stepsister", "godmother",
        "godfather", "goddaughter", "godson", "aunty", "nana", "nanna", "granny", "grandad", "granddad", "koro", "kuia", "mokopuna", "moko", "whaea", "matua", "taid", "nain", "mamgu",
        "mammy", "daddy", "granda", "grampa", "gramps", "nonna", "nonno", "abuela", "abuelo", "lola", "lolo", "tita", "tito", "kuya", "dadi", "nani",
        "pt", "patient", "client", "claimant", "resident", "interpreter", "advocate", "caseworker", "chaplain", "midwife",
    };

    private static readonly HashSet<string> _particles = new(StringComparer.Ordinal)
    {
        "van", "der", "den", "de", "la", "le", "del", "della", "da", "di", "du", "von", "bin", "binti", "bint", "ibn", "al", "el", "ten", "ter", "dos", "das",
    };

    /// <summary>Whether a word names a relationship or role that a person's name follows ("her husband Jordan").</summary>
    public static bool IsRelation(string key) => _relations.Contains(key);

    private static readonly HashSet<string> _femaleCues = new(StringComparer.Ordinal)
    {
        "wife", "mother", "mum", "mom", "mam", "sister", "daughter", "granddaughter", "grandmother", "grandma", "nan", "gran", "aunt", "auntie",
        "niece", "girlfriend", "fiancée", "fiancee", "stepdaughter", "stepmother", "ex-wife", "sister-in-law", "mother-in-law",
        "daughter-in-law", "stepsister", "godmother", "goddaughter", "aunty", "nana", "nanna", "granny", "kuia",
        "mrs", "ms", "miss", "mme", "mlle", "sra", "srta", "frau", "dame", "lady",
    };

    private static readonly HashSet<string> _maleCues = new(StringComparer.Ordinal)
    {
        "husband", "father", "dad", "brother", "son", "grandson", "grandfather", "grandpa", "uncle", "nephew", "boyfriend", "fiancé", "fiance",
        "stepson", "stepfather", "ex-husband", "brother-in-law", "father-in-law", "son-in-law", "stepbrother", "godfather", "godson",
        "grandad", "granddad", "koro", "mr", "herr", "sir", "lord",
    };

    // Form labels in letter headers: "Patient: Oksana Petrenko", "NOK: Dmytro Petrenko".
    private static readonly HashSet<string> _labels = new(StringComparer.Ordinal)
    {
        "patient", "name", "client", "nok", "kin", "surname", "forename", "forenames", "carer", "referrer", "contact", "mother", "father",
        "parent", "guardian", "spouse", "partner", "husband", "wife", "consultant", "clinician", "therapist", "signed", "cc", "pt",
        "worker", "employee", "claimant", "insured", "member", "resident", "student", "athlete", "player", "child", "from", "to", "by",
        "author", "dictated", "preferred", "nickname", "aka", "alias", "interpreter", "advocate", "chaplain", "keyworker", "caseworker",
        "present", "attendees", "caller", "informant", "witness", "accompanied", "translator",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        QuotedNicknames(context, candidates);
        NicknameIdioms(context, candidates);
        LowercaseCuedNames(context, candidates);
        EastAsianScriptNames(context, candidates);
        CalendarGivenNames(context, candidates);
        CapitalSurnameFirst(context, candidates);
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // A title-shaped word inside a clinical term ("Tramal SR") is the term's release form, not Sister.
            var labelled = _labels.Contains(token.Key) && i + 1 < tokens.Count && context.Gap(i, i + 1).StartsWith(":") && (token.IsCapitalised || IsLineLabel(context, i));
            if (!(context.Protected[i] && i > 0 && context.Protected[i - 1])
                && (labelled || (token.IsCapitalised && (NameRules.Titles.Contains(token.Key) || token.Key is "re" or "fao" or "attn" or "dear"))))
            {
                FollowingNames(context, candidates, i, Priorities.Title);
                continue;
            }

            // A relationship word opening a sentence or a line ("Stepson Rhys answered") names the person after it too.
            var capitalisedRelation = token.IsCapitalised && !token.IsAllCaps && _relations.Contains(token.Key) && i + 1 < tokens.Count
                && context.IsSpaceGap(i, i + 1) && (NameRules.CanBeName(context, i + 1) || IsNameAfterCue(context, i + 1, afterTitle: false));
            if ((!token.IsCapitalised || capitalisedRelation) && !token.IsPossessive && (_relations.Contains(token.Key) || IsNicknameCue(context, i)))
            {
                var j = i + 1;
                if (j < tokens.Count && (NameRules.CanBeName(context, j) || _relations.Contains(token.Key) && context.IsSpaceGap(i, j) && IsNameAfterCue(context, j, afterTitle: false))
                    && context.Gap(i, j).Trim(", '‘\"“").IsEmpty && !context.Gap(i, j).Contains('\n'))
                {
                    FollowingNames(context, candidates, i, Priorities.Context + 5);
                }
                else if (j < tokens.Count && _relations.Contains(token.Key) && token.Key is not ("called" or "named" or "including") && IsCalendarName(context, j) && context.Gap(i, j).Trim(", ").IsEmpty)
                {
                    // "his wife, Jan, rang": a month or weekday name right after a relationship word, with no number near it, is a person.
                    candidates.Add(NameRules.NameCandidate(context, j, NameRole.Given, Priorities.Context + 5));
                }

                continue;
            }

            if (!NameRules.CanBeName(context, i))
            {
                continue;
            }

            if (token.IsAllCaps && i + 1 < tokens.Count && context.Gap(i, i + 1) is ", " && NameRules.CanBeName(context, i + 1) && !tokens[i + 1].IsAllCaps)
            {
                candidates.Add(NameRules.NameCandidate(context, i, NameRole.Surname, Priorities.Title));
                candidates.Add(NameRules.NameCandidate(context, i + 1, NameRole.Given, Priorities.Title));
                i++;
                continue;
            }

            // "Bryony's mum": a name owning a family member.
            if (token.IsPossessive)
            {
                if (context.TokenAt(i + 1) is { IsCapitalised: false } relative && context.IsSpaceGap(i, i + 1)
                    && (_femaleCues.Contains(relative.Key) || _maleCues.Contains(relative.Key) || relative.Key is "partner" or "carer" or "kids" or "children"))
                {
                    candidates.Add(NameRules.NameCandidate(context, i, NameRole.Given, Priorities.Context + 5));
                    continue;
                }
            }

            if (NameRules.IsSignOff(context, i))
            {
                candidates.Add(NameRules.NameCandidate(context, i, NameRole.Given, Priorities.Context + 5));
                continue;
            }

            if (NameRules.IsDescribedAsPerson(context, i))
            {
                var first = i;
                while (first > 0 && i - first < 3 && context.IsSpaceGap(first - 1, first) && NameRules.CanBeName(context, first - 1))
                {
                    first--;
                }

                for (var k = first; k <= i; k++)
                {
                    candidates.Add(NameRules.NameCandidate(context, k, k == first ? NameRole.Given : NameRole.Unknown, Priorities.Context + 5));
                }

                continue;
            }

            GazetteerName(context, candidates, ref i);
        }
    }

    private static void GazetteerName(ScanContext context, List<Candidate> candidates, ref int i)
    {
        var token = context.Tokens[i];
        var isWord = Gazetteer.NameWords.Contains(token.Key);
        var nextIsName = i + 1 < context.Tokens.Count && context.IsSpaceGap(i, i + 1) && NameRules.CanBeName(context, i + 1)
            && !context.Tokens[i + 1].IsAllCaps == !token.IsAllCaps || Gazetteer.IsGivenName(token.Key) && IsSurnameInCapitalsAfter(context, i);
        if (Gazetteer.IsGivenName(token.Key))
        {
            // "Faith W. joined late": a surname's initial after the word makes it a person.
            var trusted = !isWord || (!token.IsSentenceStart && !token.IsAllCaps) || token.IsPossessive || nextIsName || NameRules.IsFollowedByVerb(context, i) || NameRules.IsFromWorkplace(context, i)
                || (i + 1 < context.Tokens.Count && context.IsSpaceGap(i, i + 1) && NameRules.IsInitial(context, i + 1));
            if (!trusted)
            {
                return;
            }

            candidates.Add(NameRules.NameCandidate(context, i, NameRole.Given, Priorities.Gazetteer));
            if (nextIsName && !Gazetteer.IsGivenName(context.Tokens[i + 1].Key))
            {
                i++;
                candidates.Add(NameRules.NameCandidate(context, i, NameRole.Surname, Priorities.Gazetteer));
            }

            return;
        }

        if (Gazetteer.Surnames.Contains(token.Key) && (!isWord || token.IsPossessive && !token.IsSentenceStart))
        {
            candidates.Add(NameRules.NameCandidate(context, i, NameRole.Surname, Priorities.Gazetteer));
        }
    }

    /// <summary>
    /// "Mark PEGG, 41": a record writes the surname in capitals after the given name. Not a clinical abbreviation, and an
    /// everyday word only where the name ends ("Rose WOODS,").
    /// </summary>
    public static bool IsSurnameInCapitalsAfter(ScanContext context, int given)
    {
        if (context.TokenAt(given) is not { IsCapitalised: true, IsAllCaps: false, IsPossessive: false } || context.TokenAt(given + 1) is not { IsAllCaps: true } next
            || !context.IsSpaceGap(given, given + 1) || next.Base.Length < 3 || !next.Base.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')
            || ClinicalAbbreviations.Contains(next.Key) || context.Protected[given + 1])
        {
            return false;
        }

        var after = context.Text.AsSpan(next.End).TrimStart(' ');
        return !EnglishWords.Contains(next.Key) || after.IsEmpty || after[0] is ',' or '(' or '\n' or ';' or ')';
    }

    /// <summary>Names (and initials) directly after a title, header word, relationship word or nickname cue.</summary>
    /// <summary>"Next of kin:", "Emergency contact:": the label's last word is in lower case, but the label opens its line.</summary>
    private static bool IsLineLabel(ScanContext context, int i)
    {
        for (var k = i; k >= 0 && i - k < 3; k--)
        {
            if (k == 0 || context.Gap(k - 1, k).Contains('\n'))
            {
                return context.Tokens[k].IsCapitalised;
            }
        }

        return false;
    }

    private static void FollowingNames(ScanContext context, List<Candidate> candidates, int cue, int priority)
    {
        var tokens = context.Tokens;
        var found = new List<int>();
        var j = cue + 1;
        while (j < tokens.Count && found.Count < 4)
        {
            var gap = context.Gap(j - 1, j);
            var afterAbbreviation = j - 1 == cue || NameRules.IsInitial(context, j - 1) || NameRules.Titles.Contains(tokens[j - 1].Key);
            var gapOk = gap is " " || (afterAbbreviation && gap is ". " or ".") || (found.Count == 0 && gap is ", " or ": " or ",  ");
            if (!gapOk)
            {
                break;
            }

            // A title before a name is skipped; a title-shaped word with no name after it is the name ("Uncle Col drives").
            if (NameRules.Titles.Contains(tokens[j].Key) && tokens[j].IsCapitalised && found.Count == 0 && context.TokenAt(j + 1) is { IsCapitalised: true })
            {
                j++;
                continue;
            }

            // Surname particles ("van der Berg", "de la Cruz", "bin Yusuf") stay as written; the capitalised part after them is the
            // surname even where it is also an eponym.
            if (!tokens[j].IsCapitalised && _particles.Contains(tokens[j].Key) && j + 1 < tokens.Count)
            {
                j++;
                continue;
            }

            var afterParticle = _particles.Contains(tokens[j - 1].Key) && !tokens[j - 1].IsCapitalised && tokens[j].IsCapitalised;
            var titleCue = NameRules.Titles.Contains(tokens[cue].Key);
            var firstAfterCue = found.Count == 0 && j == cue + 1 && gap is " " && (titleCue || _relations.Contains(tokens[cue].Key)) && IsNameAfterCue(context, j, titleCue);
            if (NameRules.IsInitial(context, j) || NameRules.CanBeName(context, j) || afterParticle || firstAfterCue)
            {
                found.Add(j);
                j++;
                continue;
            }

            break;
        }

        var lastName = found.LastOrDefault(k => !NameRules.IsInitial(context, k), -1);
        foreach (var k in found)
        {
            if (NameRules.IsInitial(context, k))
            {
                candidates.Add(new Candidate(tokens[k].Start, tokens[k].End + 1, CandidateKind.Initials, Categories.Name, priority));
                continue;
            }

            var isTitle = NameRules.Titles.Contains(tokens[cue].Key);
            var role = k == lastName && (isTitle || found.Count > 1) ? NameRole.Surname : k == lastName && tokens[cue].Key is "re" or "fao" or "attn" ? NameRole.Unknown : NameRole.Given;
            var candidate = NameRules.NameCandidate(context, k, role, priority);
            if (role == NameRole.Given && candidate.Payload is NameRef { KnownIndex: null, IsFemale: false, IsMale: false } unknown)
            {
                candidate = candidate with { Payload = unknown with { IsFemale = _femaleCues.Contains(tokens[cue].Key), IsMale = _maleCues.Contains(tokens[cue].Key) } };
            }

            candidates.Add(candidate);
        }
    }

    private static bool IsCalendarName(ScanContext context, int j)
    {
        var token = context.Tokens[j];
        if (!token.IsCapitalised || token.IsAllCaps || !NameRules.IsCalendar(token) || context.Protected[j])
        {
            return false;
        }

        var after = context.Text.AsSpan(token.End).TrimStart(" ,.");
        var before = context.Text.AsSpan(0, token.Start).TrimEnd(" ,");
        return (after.IsEmpty || !char.IsDigit(after[0])) && (before.IsEmpty || !char.IsDigit(before[^1]));
    }

    private static bool IsNicknameCue(ScanContext context, int i)
    {
        var key = context.Tokens[i].Key;
        var previous = context.TokenAt(i - 1)?.Key;
        var before = context.TokenAt(i - 2)?.Key;
        return key switch
        {
            "as" => previous is "known" or "everyone" or "family" or "friends" || before is "known",
            "by" => previous is "goes" or "go" or "went" or "going",
            "prefers" or "preferred" => true,
            "him" or "her" or "them" => previous is "calls" or "called" or "call",
            _ => false,
        };
    }
}
