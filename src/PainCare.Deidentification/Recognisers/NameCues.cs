using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Names that are everyday or calendar words, found by the cue before them: a title ("Mr Little Bear Runs", "Mrs May"),
/// a relationship ("her uncle Col drives"), or a surname after them ("Dec Okerlund", "May Tan").
/// </summary>
internal sealed partial class NameRecogniser
{
    private static readonly HashSet<string> _functionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that", "these", "those", "in", "on", "at", "and", "or",
        "but", "to", "for", "with", "of", "is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "he", "she", "they", "we",
        "it", "i", "you", "who", "what", "when", "where", "why", "how", "if", "not", "no", "yes", "so", "as", "by", "from", "re",
    };

    /// <summary>
    /// The first word after a title or a relationship word, capitalised but an everyday word ("Many", "Col"): a name, since
    /// nothing else stands there. Not an honorific before the name ("nan Aunty Rua"); calendar words only after a title, and
    /// never before a figure ("Dr June Tan", not "on Mon 3").
    /// </summary>
    private static bool IsNameAfterCue(ScanContext context, int j, bool afterTitle)
    {
        var token = context.Tokens[j];
        // "Mr LAU", "Mrs WONG": a surname in capitals after a title, as records write it.
        var capitalsAfterTitle = afterTitle && token.Base.Length >= 2 && token.Base.All(char.IsLetter) && !ClinicalAbbreviations.Contains(token.Key) && !context.IsCommon(token);
        if (!token.IsCapitalised || token.IsAllCaps && !capitalsAfterTitle || token.IsSentenceStart || context.Protected[j] || token.Base.Length < 2
            || _functionWords.Contains(token.Key) || NameRules.IsFieldLabel(context, j)
            || (NameRules.Titles.Contains(token.Key) || !afterTitle && context.IsCommon(token)) && context.TokenAt(j + 1) is { IsCapitalised: true } && context.IsSpaceGap(j, j + 1))
        {
            return false;
        }

        return !NameRules.IsCalendar(token) || (afterTitle && !FigureAfter(context, j));
    }

    /// <summary>"Dec Okerlund, 40,": a month's short name before a surname and no figure is a given name ("Declan").</summary>
    private static void CalendarGivenNames(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalised || token.IsAllCaps || !NameRules.IsCalendar(token) || !context.IsSpaceGap(i, i + 1)
                || !NameRules.CanBeName(context, i + 1) || tokens[i + 1].IsAllCaps || FigureRightAfter(context, i + 1) || FigureBefore(context, i)
                || !(UnknownWords.IsUnknown(context, i + 1) || Gazetteers.Gazetteer.IsAnyName(tokens[i + 1].Key)))
            {
                continue;
            }

            candidates.Add(NameRules.NameCandidate(context, i, NameRole.Given, Priorities.Context + 5));
            candidates.Add(NameRules.NameCandidate(context, i + 1, NameRole.Surname, Priorities.Context + 5));
        }
    }

    private static bool FigureAfter(ScanContext context, int i)
    {
        var after = context.Text.AsSpan(context.Tokens[i].End).TrimStart(" ,.");
        return after.Length > 0 && char.IsDigit(after[0]);
    }

    // "Dec Okerlund 2019" reads as a date beside a name; "Dec Okerlund, 40," as a person and an age.
    private static bool FigureRightAfter(ScanContext context, int i)
    {
        var after = context.Text.AsSpan(context.Tokens[i].End).TrimStart(' ');
        return after.Length > 0 && char.IsDigit(after[0]);
    }

    private static bool FigureBefore(ScanContext context, int i)
    {
        var before = context.Text.AsSpan(0, context.Tokens[i].Start).TrimEnd(" ,.-");
        return before.Length > 0 && (char.IsDigit(before[^1]) || before.EndsWith("st") || before.EndsWith("nd") || before.EndsWith("rd") || before.EndsWith("th"));
    }

    /// <summary>
    /// "Patient: WONG, Ka Yan", "Re: LAU, Chi Keung": a record's surname in capitals, then a comma and the given names,
    /// after a label. Short capitals are otherwise read as codes, so only this order and place make them a surname.
    /// </summary>
    private static void CapitalSurnameFirst(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var surname = tokens[i];
            if (!surname.IsAllCaps || surname.Base.Length is < 2 or > 4 || !surname.Base.All(char.IsAsciiLetterUpper) || context.Protected[i]
                || ClinicalAbbreviations.Contains(surname.Key) || context.IsCommon(surname) || context.Gap(i, i + 1) is not ", "
                || !(_labels.Contains(tokens[i - 1].Key) || tokens[i - 1].Key == "re") || !context.Gap(i - 1, i).StartsWith(":")
                || tokens[i + 1] is not { IsCapitalised: true, IsAllCaps: false })
            {
                continue;
            }

            candidates.Add(NameRules.NameCandidate(context, i, NameRole.Surname, Priorities.Title));
            for (var k = i + 1; k < tokens.Count && k <= i + 3 && (k == i + 1 || context.IsSpaceGap(k - 1, k)) && tokens[k] is { IsCapitalised: true, IsAllCaps: false } && !context.Protected[k]; k++)
            {
                candidates.Add(NameRules.NameCandidate(context, k, NameRole.Given, Priorities.Title));
            }
        }
    }
}
