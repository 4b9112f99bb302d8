using System.Text.RegularExpressions;
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

    private static void AddNames(ScanContext context, List<Candidate> candidates, Group group)
    {
        for (var k = context.TokenIndexFrom(group.Index); k < context.Tokens.Count && context.Tokens[k].End <= group.Index + group.Length; k++)
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
