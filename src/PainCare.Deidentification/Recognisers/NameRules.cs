using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Shared tests for whether a token may be part of a person's or place's name.</summary>
internal static partial class NameRules
{
    // Religious and community titles name a person as surely as "Dr" does ("Pastor Ade", "Imam Yusuf", "Fr Declan").
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "doctor", "master", "pastor", "rev", "revd", "reverend", "fr", "imam",
        "rabbi", "sheikh", "bishop", "deacon", "canon", "sr", "br", "mme", "mlle", "sra", "srta", "herr", "frau", "cllr", "councillor", "hon",
        "sen", "senator", "capt", "captain", "sgt", "sergeant", "lt", "col", "maj", "sir", "dame", "lady", "lord",
    };

    private static readonly HashSet<string> _calendar = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "july", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    private static readonly Lazy<HashSet<string>> _quasiWords = new(() =>
        new HashSet<string>(Gazetteer.QuasiIdentifiers.Where(q => !q.Phrase.Contains(' ', StringComparison.Ordinal)).Select(q => TextFold.Key(q.Phrase)), StringComparer.Ordinal));

    public static bool IsCalendar(Token token) => _calendar.Contains(token.Key);

    /// <summary>Capitalised, not clinical, not a calendar or everyday capitalised word, not a short acronym.</summary>
    public static bool CanBeName(ScanContext context, int index)
    {
        var token = context.Tokens[index];
        if (!token.IsCapitalised || context.Protected[index] || context.IsCommon(token) || IsCalendar(token) || token.Base.Length < 2)
        {
            return false;
        }

        if (token.IsAllCaps && token.Base.Length <= 4 && !Gazetteer.IsAnyName(token.Key) && !context.Known.NameKeys.ContainsKey(token.Key))
        {
            return false;
        }

        // "C-spine", "K-level": a letter joined to a word is a clinical shorthand, never a name.
        if (token.Base.Length >= 3 && token.Base[1] == '-' && char.IsUpper(token.Base[0]) && char.IsLower(token.Base[2]))
        {
            return false;
        }

        // "AFOs", "MRIs": an abbreviation in the plural.
        if (token.Base.Length is >= 3 and <= 7 && token.Base[^1] == 's' && token.Base[..^1].All(char.IsUpper))
        {
            return false;
        }

        if (IsFieldLabel(context, index))
        {
            return false;
        }

        return !_quasiWords.Value.Contains(token.Key) || context.Known.NameKeys.ContainsKey(token.Key) || GivenNameReadsAsPerson(context, index);
    }

    /// <summary>
    /// "Medical card: …", "Chart FP-00281": an everyday word that names a field, before a colon (perhaps after one or two
    /// lower-case words on the same line) or straight before a code with a figure in it. A word that is also a name is not one,
    /// nor the second word of a title-case run ("Gold Card"),
    /// unless the first is a role or a country ("Pt Name:", "Ghana Card").
    /// </summary>
    public static bool IsFieldLabel(ScanContext context, int index)
    {
        var key = context.Tokens[index].Key;
        if (!EnglishWords.Contains(key) || Gazetteer.IsAnyName(key) || Gazetteer.NameWords.Contains(key) || context.Known.NameKeys.ContainsKey(key)
            || index > 0 && context.Tokens[index - 1].IsCapitalised && context.IsSpaceGap(index - 1, index)
               && !NameRecogniser.IsRelation(context.Tokens[index - 1].Key) && !context.Countries[index - 1])
        {
            return false;
        }

        for (var k = index; k < context.Tokens.Count && k <= index + 2; k++)
        {
            if (k > index && (context.Tokens[k].IsCapitalised || !context.IsSpaceGap(k - 1, k)))
            {
                return false;
            }

            var gap = context.Gap(k, k + 1);
            if (gap.StartsWith(":"))
            {
                return true;
            }

            if (k == index && CodeAfter().IsMatch(context.Text.AsSpan(context.Tokens[k].BaseEnd)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A given name that is also a country or nationality ("Georgia", "Jordan") reads as a person when possessive, followed by
    /// a surname, described as a person, followed by a person's verb, or named after a relationship ("her husband Jordan").
    /// </summary>
    public static bool GivenNameReadsAsPerson(ScanContext context, int i)
    {
        var t = context.Tokens[i];
        return Gazetteer.IsGivenName(t.Key) && t.IsCapitalised && !t.IsAllCaps
            && (t.IsPossessive || (context.TokenAt(i + 1) is { IsCapitalised: true } && context.IsSpaceGap(i, i + 1))
                || IsDescribedAsPerson(context, i) || IsFollowedByVerb(context, i) || IsSignOff(context, i)
                || (context.TokenAt(i - 1) is { } before && NameRecogniser.IsRelation(before.Key) && context.IsSpaceGap(i - 1, i)));
    }

    /// <summary>The writer's name after a closing ("Thanks, Sam", "Kind regards,\nSam") at the end of a message.</summary>
    public static bool IsSignOff(ScanContext context, int index)
    {
        var token = context.Tokens[index];
        if (!token.IsCapitalised || token.IsAllCaps)
        {
            return false;
        }

        // This runs for every capitalised word, so the closing word just before (or before a given name) is checked first.
        var closer = context.TokenAt(index - 1);
        if (closer is { IsCapitalised: true } given && !_closers.Contains(given.Key))
        {
            closer = context.TokenAt(index - 2);
        }

        if (closer is not { } c || !_closers.Contains(c.Key))
        {
            return false;
        }

        var rest = context.Text.AsSpan(token.End, Math.Min(120, context.Text.Length - token.End));
        var lineEnd = rest.IndexOf('\n');
        if (lineEnd < 0 && token.End + rest.Length < context.Text.Length)
        {
            return false;
        }

        var after = (lineEnd < 0 ? rest : rest[..lineEnd]).Trim(" .!");
        if (!after.IsEmpty && !SurnameOnly().IsMatch(after))
        {
            return false;
        }

        var from = Math.Max(0, token.Start - 40);
        return SignOffBefore().IsMatch(context.Text.AsSpan(from, token.Start - from));
    }

    private static readonly HashSet<string> _closers = new(StringComparer.Ordinal)
    {
        "thanks", "you", "cheers", "regards", "best", "wishes", "ta", "yours", "sincerely", "care", "soon", "mihi", "ora", "mai", "slainte",
        "cordialement", "saludos", "faithfully", "truly", "warmly", "respectfully",
    };

    public static bool IsInitial(ScanContext context, int index)
    {
        var token = context.Tokens[index];
        return token.Base.Length == 1 && char.IsUpper(token.Base[0]) && token.End < context.Text.Length && context.Text[token.End] == '.';
    }

    /// <summary>Whether the words after a token read like a person being described ("is a 52-year-old", ", 64,", ", aged 29").</summary>
    public static bool IsDescribedAsPerson(ScanContext context, int index) =>
        PersonDescription().IsMatch(context.Text.AsSpan(context.Tokens[index].End));

    public static bool IsFollowedByVerb(ScanContext context, int index)
    {
        var next = context.TokenAt(index + 1);
        return next is { IsCapitalised: false } n && context.IsSpaceGap(index, index + 1) && _personVerbs.Contains(n.Key);
    }

    public static NameRef Ref(string key, NameRole role)
    {
        var variants = Gazetteer.Variants(key);
        var female = variants.Any(Gazetteer.FemaleGiven.Contains);
        var male = variants.Any(Gazetteer.MaleGiven.Contains);
        if (role == NameRole.Unknown)
        {
            role = female || male || Gazetteer.Variants(key).Count > 1 ? NameRole.Given : NameRole.Surname;
        }

        return new NameRef($"name:{key}", role, null, female && !male, male && !female);
    }

    public static Candidate NameCandidate(ScanContext context, int index, NameRole role, int priority)
    {
        var token = context.Tokens[index];
        var nameRef = context.Known.NameKeys.TryGetValue(token.Key, out var known) ? known : Ref(token.Key, role);
        if (nameRef is { KnownIndex: null, IsFemale: false, IsMale: false } && nameRef.Role != NameRole.Surname && PronounAfterSubject(context, index) is { } female)
        {
            nameRef = nameRef with { IsFemale = female, IsMale = !female };
        }

        return new Candidate(token.Start, token.BaseEnd, CandidateKind.Name, Categories.Name, priority, nameRef);
    }

    /// <summary>
    /// For a name no list genders, the first "she" or "he" after it, when the name opens its sentence or follows a label,
    /// in that sentence or the next: true for she, false for he, null when the text does not say.
    /// </summary>
    private static bool? PronounAfterSubject(ScanContext context, int index)
    {
        var token = context.Tokens[index];
        if (!token.IsSentenceStart && !(index > 0 && context.Gap(index - 1, index).TrimEnd(' ') is ":" or "("))
        {
            return null;
        }

        var sentences = 0;
        for (var k = index + 1; k < context.Tokens.Count && k - index < 60; k++)
        {
            var t = context.Tokens[k];
            if (t.IsSentenceStart && ++sentences > 1)
            {
                return null;
            }

            if (t.Key is "she" or "he")
            {
                return t.Key == "she";
            }
        }

        return null;
    }

    private static readonly HashSet<string> _personVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "had", "reports", "reported", "described", "describes", "said", "says", "rang", "called", "asked", "asks", "lives",
        "lived", "attended", "attends", "wants", "wanted", "prefers", "preferred", "explained", "explains", "chose", "came", "feels", "felt",
        "works", "worked", "takes", "took", "prefers", "agreed", "declined", "visits", "visited", "drives", "drove", "minds", "phones", "calls",
        "helps", "cares", "arrived", "presented", "presents", "denies", "denied", "noted", "told", "tells", "thinks", "thought", "hopes", "hoped",
        "would", "will", "can", "could", "still", "also", "now",
    };

    [GeneratedRegex(@"\A [A-Z]{1,4}-?\d{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CodeAfter();

    [GeneratedRegex(@"(?:\b(?:Thanks|Thank you|Many thanks|Cheers|Regards|Kind regards|Best regards|Warm regards|Best wishes|Best|Ta|Yours(?: faithfully| sincerely| truly)?|Sincerely|Faithfully|Warmly|Respectfully|With thanks|All the best|Take care|Talk soon|Ngā mihi|Nga mihi|Mauri ora|Noho ora mai|Kia ora|Sláinte|Slainte|Cordialement|Saludos)|\bthanks|\bregards),?[ \t]*\r?\n?[ \t]*(?:\p{Lu}[\p{L}'’-]+[ \t]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex SignOffBefore();

    // A surname, then nothing or the rest of a signature block ("Ruawai | Physiotherapist | …").
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’-]+)?\s*(?:[|,(–-].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameOnly();

    [GeneratedRegex(@"^(?:['’]s)?(?:\s*\([^()]{0,40}\))?(?:,\s+(?:who\s+(?:is|was)\s+)?(?:a|an)\s+(?:\d{1,3}|" + NumberWords.Pattern + @")[- ]year|,?\s+(?:is|was)\s+(?:a|an)\s+(?:\d{1,3}|" + NumberWords.Pattern + @")[- ]year|,?\s+(?:is|was)\s+\d{1,3}\b(?!\s*(?:%|/|mg))|,\s+aged\s+\d|,\s+\d{1,3}\s*(?:[MF]|y/?o)?\s*[,)]|\s+\(\d{1,3}(?:\s*[,;][^()]{0,24})?\)|\s+\((?:husband|wife|partner|mother|father|mum|mom|dad|son|daughter|sister|brother|friend|carer|NOK|next of kin)\)|,\s+as\s+(?:the\s+family|everyone|friends|family|his\s+\w+|her\s+\w+|they|we)\s+calls?|,\s+as\s+(?:she|he|they)\s+(?:signs|calls|introduces|names|styles)\s+(?:herself|himself|themselves|themself)|,\s+(?:her|his|their|my|our|the)\s+(?:(?:key|support|social|care|youth|link)\s+)?(?:husband|wife|partner|son|daughter|mum|mother|dad|father|sister|brother|carer|neighbour|neighbor|friend|granddaughter|grandson|niece|nephew|cousin|aunt|auntie|uncle|worker|manager|boss|HCA|OT|physio|nurse|receptionist|pharmacist|interpreter|chaplain|coordinator|co-ordinator|navigator)\s*[,.;:)])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonDescription();

    /// <summary>"Summer from the pharmacy rang": a given name that is also a word, introduced by the place the person works.</summary>
    public static bool IsFromWorkplace(ScanContext context, int index) =>
        FromWorkplace().IsMatch(context.Text.AsSpan(context.Tokens[index].End));

    [GeneratedRegex(@"^\s+from\s+(?:the\s+)?(?:pharmacy|chemist|surgery|practice|gym|clinic|council|school|office|reception|front\s+desk|ward|team|agency|hospice|hospital|home|unit|centre|center|depot|insurer|union|charity|church|library)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FromWorkplace();
}
