using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// A colleague named with their role in brackets or after a comma: "Ffion Ward (OT)", "J. Ward (HCA)", "Lorna Rennie
/// (PT)", "Hettie Winters, Registered Osteopath". The role makes the word before it a surname even when it is also a
/// word, a ward or a brand.
/// </summary>
internal sealed partial class StaffNameRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        foreach (Match m in NameBeforeRole().Matches(context.Text))
        {
            var given = m.Groups["g"];
            var givenIndex = TokenStartingAt(context, given.Index);
            var surnameIndex = TokenStartingAt(context, m.Groups["s"].Index);
            var initial = given.Length == 2 && given.Value[1] == '.';
            if (surnameIndex < 0 || (initial ? given.Value[0] is 'R' or 'L' : givenIndex < 0 || !IsGivenName(context, givenIndex)))
            {
                continue;
            }

            candidates.Add(initial
                ? new Candidate(given.Index, given.Index + given.Length, CandidateKind.Initials, Categories.Name, Priorities.Title)
                : NameRules.NameCandidate(context, givenIndex, NameRole.Given, Priorities.Title));
            candidates.Add(NameRules.NameCandidate(context, surnameIndex, NameRole.Surname, Priorities.Title));
        }
    }

    private static int TokenStartingAt(ScanContext context, int offset)
    {
        var index = context.TokenIndexFrom(offset);
        return index < context.Tokens.Count && context.Tokens[index].Start == offset ? index : -1;
    }

    /// <summary>A listed given name, or a word no dictionary holds ("Ffion"), not a clinical term.</summary>
    private static bool IsGivenName(ScanContext context, int index)
    {
        var token = context.Tokens[index];
        return Gazetteer.IsGivenName(token.Key) || context.Known.NameKeys.ContainsKey(token.Key)
            || !context.Protected[index] && UnknownWords.IsUnknown(context, index);
    }

    [GeneratedRegex(
        @"(?<![\w.])(?<g>[A-Z]\.|\p{Lu}\p{Ll}+)\s(?<s>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:,\s(?:RN|EN|PT|OT|DPT|MCSP|CNS|ANP|FCP|ESP|SLT|(?:Registered|Chartered|Senior|Lead|Clinical|Consultant|Principal|Specialist|Advanced)\s\p{Lu}\p{Ll}+)\b|,?\s\((?:PT|OT|RN|EN|HCA|HCSW|GP|SLT|SALT|SW|CNS|NP|PA|ANP|APP|RMN|RGN|RPN|CPN|LPN|LVN|CNA|MSW|DPT|OTA|PTA|AHP|SHO|FY[12]|CNM\d?|physio|physiotherapist|nurse|podiatrist|dietitian|pharmacist|psychologist|receptionist|interpreter|social worker)\))",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeRole();
}
