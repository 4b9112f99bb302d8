using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Initials: "R.J.", "P.L.", a single initial before a surname ("K. Morgan", "S. Ng (OT)"), and bare initials before an age.</summary>
internal sealed partial class InitialsRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        foreach (var m in Dotted().EnumerateMatches(context.Text))
        {
            var before = context.Text.AsSpan(Math.Max(0, m.Index - 3), Math.Min(3, m.Index));
            var value = context.Text.AsSpan(m.Index, m.Length);
            if (before.IndexOfAnyInRange('0', '9') >= 0 || value is "A.M." or "P.M." or "U.S." or "U.K." or "N.B." or "P.S." or "E.D." or "G.P.")
            {
                continue;
            }

            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Initials, Categories.Name, Priorities.Pattern - 3));
        }

        // "Ysolde 'J' Brackenridge": a letter in quotes between a given name and a surname is what the person is called.
        foreach (Match m in QuotedLetterNickname().Matches(context.Text))
        {
            var value = m.Groups["v"];
            candidates.Add(new Candidate(value.Index, value.Index + value.Length, CandidateKind.Initials, Categories.Name, Priorities.Heuristic));
        }

        // "Mrs K-L": a double surname shortened to its hyphened initials after a title.
        foreach (Match m in HyphenedInitialsAfterTitle().Matches(context.Text))
        {
            var value = m.Groups["v"];
            candidates.Add(new Candidate(value.Index, value.Index + value.Length, CandidateKind.Initials, Categories.Name, Priorities.Title));
        }

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "RT, 47 y/o, …" opening a note: bare capitals described as a person are the person's initials.
            var t = tokens[i];
            if (t.IsAllCaps && t.Base.Length is 2 or 3 && t.Base.All(char.IsLetter) && !context.Protected[i] && !context.IsCommon(t)
                && (t.IsSentenceStart || context.Gap(i - 1, i).TrimEnd(' ') is ":" or "(") && NameRules.IsDescribedAsPerson(context, i))
            {
                candidates.Add(new Candidate(t.Start, t.BaseEnd, CandidateKind.Initials, Categories.Name, Priorities.Context + 5));
            }
            else if (IsAuthorInitials(context, i))
            {
                candidates.Add(new Candidate(t.Start, t.BaseEnd, CandidateKind.Initials, Categories.Name, Priorities.Context + 5));
            }
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (NameRules.IsInitial(context, i) && context.Gap(i, i + 1) is ". " && NameRules.CanBeName(context, i + 1)
                && (Gazetteer.IsAnyName(tokens[i + 1].Key) || UnknownWords.IsUnknown(context, i + 1) && NameEndsHere(context.Text, tokens[i + 1].End) || context.Known.NameKeys.ContainsKey(tokens[i + 1].Key) || tokens[i + 1].IsAllCaps
                    || context.Text.AsSpan(tokens[i + 1].End).StartsWith(" (") || CredentialAfter().IsMatch(context.Text.AsSpan(tokens[i + 1].End))))
            {
                candidates.Add(new Candidate(tokens[i].Start, tokens[i].End + 1, CandidateKind.Initials, Categories.Name, Priorities.Context + 5));
                candidates.Add(NameRules.NameCandidate(context, i + 1, Known.NameRole.Surname, Priorities.Context + 5));
            }
        }
    }

    // "our GP is", "the RSL has": capitals after a determiner or a name are a thing, not a person's initials.
    private static readonly HashSet<string> _determiners = new(StringComparer.Ordinal) { "my", "your", "his", "her", "our", "their", "the", "a", "an", "this", "that" };

    /// <summary>
    /// Bare capitals where a note names its writer or someone it was passed to: a dashed sign-off after a sentence or on
    /// its own line ("- RT (RN)", "— PW.", "- JK, CNS"), an author bracket ("Entry (RT):") and "per RT", "d/w RT".
    /// </summary>
    private static bool IsAuthorInitials(ScanContext context, int i)
    {
        var t = context.Tokens[i];
        // "KD-N": a double surname shortens to hyphened initials.
        var hyphened = t.Base.Length == 4 && t.Base.IndexOf('-') is 1 or 2 && t.Base.Replace("-", "").All(char.IsAsciiLetterUpper);
        if (!t.IsAllCaps || !hyphened && (t.Base.Length is not (2 or 3) || !t.Base.All(char.IsAsciiLetterUpper)) || context.Protected[i] || context.IsCommon(t)
            || EnglishWords.Contains(t.Key) || ClinicalAbbreviations.Contains(t.Key) || NameRules.IsCalendar(t)
            || t.Key is "am" or "pm" or "nb" or "ps" or "fyi" or "eta" or "na")
        {
            return false;
        }

        var from = Math.Max(0, t.Start - 20);
        var before = context.Text.AsSpan(from, t.Start - from);
        var after = context.Text.AsSpan(t.BaseEnd);
        // "JD reports less pain", "JD's partner": bare capitals acting as a person or owning one.
        var standsAlone = context.TokenAt(i - 1) is not { } previous || previous.IsCapitalised && t.IsSentenceStart
            || !previous.IsCapitalised && !_determiners.Contains(previous.Key);
        return standsAlone && (NameRules.IsFollowedByVerb(context, i) || t.IsPossessive && context.TokenAt(i + 1) is { } owned && NameRecogniser.IsRelation(owned.Key))
            || SignOffDash().IsMatch(before) && SignOffEnd().IsMatch(after)
            || before.EndsWith("(") && (after.StartsWith("):") || after.StartsWith(") :") || BracketLineEnd().IsMatch(after) && HeaderLine(context.Text, t.Start) || AfterOwnName(context, i))
            || HandedTo().IsMatch(before);
    }

    /// <summary>"S. Okonjo, RN", "(P. Vasquez-Tam)": a name closes where a comma, bracket or line does; "assist A. Walked 5 m" runs on.</summary>
    private static bool NameEndsHere(string text, int end) => end >= text.Length || text[end] is ',' or ')' or ';' or '\n' or '\r';

    /// <summary>"Ottoline (OB)": a name's own initials in a bracket after it, as handovers write who is who.</summary>
    private static bool AfterOwnName(ScanContext context, int i) =>
        context.TokenAt(i - 1) is { IsCapitalised: true, IsAllCaps: false } name && context.Gap(i - 1, i) is " ("
        && char.ToUpperInvariant(name.Base[0]) == context.Tokens[i].Base[0] && context.Text.AsSpan(context.Tokens[i].BaseEnd).StartsWith(")");

    /// <summary>A line that carries a date or time before the bracket, as a note's header does ("Tue 4 Mar 09:10 Phone (GW)").</summary>
    private static bool HeaderLine(string text, int at)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return text.AsSpan(lineStart, at - lineStart).ContainsAnyInRange('0', '9');
    }

    // "(GW)" closing a header line names the note's writer.
    [GeneratedRegex(@"\A\)[ \t]*(?:\r?\n|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketLineEnd();

    // "C. Marsh, DPT": a surname that is also a word, read as one by the letters after the comma.
    [GeneratedRegex(@"\A,\s?(?:DPT|PT|RN|EN|OT|MD|NP|PA|CNS|ANP|GP|MBBS|FRCP|FACP|BSc|MSc|PhD|DC|EP|SLP|APAM|MCSP|HCPC|RMN|RGN|RPN|CPN|OTR|PTA|ATC|LPN|LVN|CNA|MSW|LCSW|PsyD)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CredentialAfter();

    [GeneratedRegex(@"(?:\A|\n[ \t]*|[.!?)][ \t]+)[-–—~]\s?\z", RegexOptions.CultureInvariant)]
    private static partial Regex SignOffDash();

    // Nothing after the initials but the end of the line, a full stop, a bracketed role, or a comma before a role.
    [GeneratedRegex(@"\A(?:\s*\z|[ \t]*\r?\n|\.(?:\s|\z)|\s?\(|,\s?(?:[A-Z]|[a-z]+\.?[ \t]*(?:\z|\r?\n)))", RegexOptions.CultureInvariant)]
    private static partial Regex SignOffEnd();

    [GeneratedRegex(@"\b(?:per|d/w|discussed with|handed over to|by:?|signed:?|cc:?|author:?|initials:?)\s\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HandedTo();

    [GeneratedRegex(@"['""“‘](?<=\b\p{Lu}[\p{Ll}'’-]+\s['""“‘])(?<v>[A-Z]{1,2})['""”’](?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedLetterNickname();

    [GeneratedRegex(@"(?<![\w.])(?:[A-Z]\.\s?){2,3}(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?<v>[A-Z](?:-[A-Z]){1,2})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenedInitialsAfterTitle();
}
