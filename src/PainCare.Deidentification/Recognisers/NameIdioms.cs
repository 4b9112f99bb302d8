using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>The ways people write a nickname beside a name: in brackets, in quotes between given name and surname, "to everyone".</summary>
internal sealed partial class NameRecogniser
{
    /// <summary>A quoted word in brackets straight after a capitalised word is a nickname: Name ("Nick"), Name ("Nick" to friends).</summary>
    private static void QuotedNicknames(ScanContext context, List<Candidate> candidates)
    {
        foreach (Match m in QuotedNickname().Matches(context.Text))
        {
            AddNames(context, candidates, m.Groups["nick"]);
        }
    }

    /// <summary>
    /// Given 'Nick' Surname: the quoted middle word and both words around it are one person. "X to everyone" or
    /// "X to her friends" straight after a name is the name the person goes by.
    /// </summary>
    private static void NicknameIdioms(ScanContext context, List<Candidate> candidates)
    {
        foreach (Match m in QuotedMiddleNickname().Matches(context.Text))
        {
            AddNames(context, candidates, m.Groups["given"]);
            AddNames(context, candidates, m.Groups["nick"]);
            AddNames(context, candidates, m.Groups["surname"]);
        }

        foreach (Match m in NicknameToGroup().Matches(context.Text))
        {
            var k = context.TokenIndexFrom(m.Groups["nick"].Index);
            if (k < context.Tokens.Count && !context.Tokens[k].IsSentenceStart)
            {
                AddNames(context, candidates, m.Groups["nick"]);
            }
        }
    }

    /// <summary>
    /// Dictation often types names in lower case ("her daughter kahu rang", "patient is moana tipene"). After a relationship
    /// word or "patient is", a listed given name that is no ordinary word is a name, and a listed surname after it too.
    /// </summary>
    /// <summary>A name written in Chinese, Japanese or Korean script inside an English note ("Winnie (張偉琳)" style).</summary>
    private static void EastAsianScriptNames(ScanContext context, List<Candidate> candidates)
    {
        foreach (var m in EastAsianRun().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Name, Categories.Name, Priorities.Context + 5));
        }
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}]{2,8}", RegexOptions.CultureInvariant)]
    private static partial Regex EastAsianRun();

    private static void LowercaseCuedNames(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var cue = tokens[i - 1].Key;
            if (cue is "dr" or "mr" or "mrs" or "ms" or "prof" && !tokens[i - 1].IsCapitalised && !token.IsCapitalised && context.Gap(i - 1, i) is " " or ". ")
            {
                LowercaseTitledName(context, candidates, i);
                continue;
            }

            // "text from dean bowen": who a message came from, typed in lower case with a surname after.
            var messageFrom = cue is "from" && context.TokenAt(i - 2)?.Key is "text" or "txt" or "sms" or "message" or "msg" or "email" or "e-mail"
                or "call" or "voicemail" or "whatsapp" or "reply" && IsLowercaseSurnameAfter(context, i);
            var cued = _relations.Contains(cue) || messageFrom || cue is "is" && context.TokenAt(i - 2)?.Key is "patient" or "name" or "client";
            if (token.IsCapitalised || !cued || !context.IsSpaceGap(i - 1, i) || !(Gazetteer.IsGivenName(token.Key) || IsLowercaseNameShape(token.Key) && IsLowercaseSurnameAfter(context, i))
                || Gazetteer.NameWords.Contains(token.Key) && !messageFrom || context.Protected[i])
            {
                continue;
            }

            candidates.Add(NameRules.NameCandidate(context, i, NameRole.Given, Priorities.Context + 5));
            if (context.TokenAt(i + 1) is { IsCapitalised: false } next && context.IsSpaceGap(i, i + 1) && (Gazetteer.Surnames.Contains(next.Key) || IsLowercaseNameShape(next.Key))
                && !Gazetteer.NameWords.Contains(next.Key))
            {
                candidates.Add(NameRules.NameCandidate(context, i + 1, NameRole.Surname, Priorities.Context + 5));
            }
        }
    }

    private static bool IsLowercaseSurnameAfter(ScanContext context, int i) =>
        context.TokenAt(i + 1) is { IsCapitalised: false } next && context.IsSpaceGap(i, i + 1)
        && (Gazetteer.Surnames.Contains(next.Key) || IsLowercaseNameShape(next.Key));

    // "interpreter samir haddad": in lower case, a word in no vocabulary and no clinical list, with a vowel, after a person's role.
    private static bool IsLowercaseNameShape(string key) =>
        key.Length >= 4 && UnknownWords.IsUnknownKey(key) && !ClinicalAbbreviations.Contains(key) && key.Any(c => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
        && !_noteShorthand.Contains(key);

    // Note-taking shorthand that follows a title typed in lower case ("dr appt", "dr rv") without being a name.
    private static readonly HashSet<string> _noteShorthand = new(StringComparer.Ordinal)
    {
        "appt", "appts", "apt", "rv", "ph", "etc", "wrt", "asap", "tmrw", "tmw", "pls", "thx", "fu", "hrs", "wks", "mths", "yrs", "mins",
    };

    /// <summary>"dr kowalski", "dr s. o'brady": a title typed in lower case, then a surname no vocabulary holds, or an initial and one.</summary>
    private static void LowercaseTitledName(ScanContext context, List<Candidate> candidates, int i)
    {
        var token = context.Tokens[i];
        if (token.Base.Length == 1 && char.IsLetter(token.Base[0]) && context.Gap(i, i + 1) is ". " or "." && context.TokenAt(i + 1) is { IsCapitalised: false })
        {
            candidates.Add(new Candidate(token.Start, token.End + 1, CandidateKind.Initials, Categories.Name, Priorities.Context + 5));
            i++;
            token = context.Tokens[i];
        }

        if (!context.Protected[i] && !ClinicalAbbreviations.Contains(token.Key) && !_noteShorthand.Contains(token.Key) && token.Base.All(c => char.IsLetter(c) || c is '\'' or '’' or '-')
            && (UnknownWords.IsUnknownKey(token.Key) || Gazetteer.Surnames.Contains(token.Key)))
        {
            candidates.Add(NameRules.NameCandidate(context, i, NameRole.Surname, Priorities.Context + 5));
        }
    }

    private static void AddNames(ScanContext context, List<Candidate> candidates, Group group)
    {
        for (var k = context.TokenIndexFrom(group.Index); k < context.Tokens.Count && context.Tokens[k].BaseEnd <= group.Index + group.Length; k++)
        {
            if (context.Tokens[k].IsCapitalised && !context.Protected[k] && !context.IsCommon(context.Tokens[k]))
            {
                candidates.Add(NameRules.NameCandidate(context, k, NameRole.Given, Priorities.Context + 5));
            }
        }
    }

    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}'’-]*\s?)\(\s*[""“‘'](?<nick>\p{Lu}[^""”’'()\n]{0,20})[""”’']", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedNickname();

    [GeneratedRegex(@"\b(?<given>\p{Lu}[\p{L}-]+)\s+[""“‘'](?<nick>\p{Lu}[\p{L}-]{1,15})[""”’']\s+(?<surname>\p{Lu}[\p{L}'’-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedMiddleNickname();

    [GeneratedRegex(@"\b(?<nick>\p{Lu}[\p{L}-]+)\s+to\s+(?:everyone|everybody|all|the\s+(?:family|neighbours|neighbors|kids|grandkids|team|whānau|whanau)|(?:her|his|their)\s+(?:friends|mates|family|whānau|whanau|kids|grandkids|colleagues|workmates|team|teammates|neighbours|neighbors))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NicknameToGroup();
}
