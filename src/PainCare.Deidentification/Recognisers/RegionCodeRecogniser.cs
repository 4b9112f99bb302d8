using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// State abbreviations standing alone ("Comcare SA", "Yarrowby NSW"). Short codes that are also words or clinical
/// acronyms (ACT, IN, OR, MS) are only trusted after a capitalised place-like word.
/// </summary>
internal sealed partial class RegionCodeRecogniser : IRecogniser
{
    private static readonly HashSet<string> _distinctive = new(StringComparer.Ordinal) { "NSW", "VIC", "QLD", "TAS" };

    // A code before a health-number or licence word names the issuing province or state ("QC RAMQ", "WA driver's licence").
    private static readonly HashSet<string> _idLabels = new(StringComparer.Ordinal)
    {
        "phn", "phin", "msp", "ramq", "ohip", "ahcip", "mcp", "hcn", "health", "medicare", "medicaid", "driver's", "drivers", "driver", "licence",
        "license", "services", "care", "plate", "plates", "registration", "rego", "number", "id", "member", "hsn", "hcp", "hsc", "hin",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsAllCaps || token.IsPossessive || !Gazetteer.RegionCodes.Contains(token.Base))
            {
                continue;
            }

            var previous = context.TokenAt(i - 1);
            var afterPlace = previous is { IsCapitalised: true } p && !p.IsAllCaps && !context.IsCommon(p) && !context.Protected[i - 1] && context.Gap(i - 1, i).Trim(", ").IsEmpty;
            // "DARTMOUTH NS B2Y 3K4", "Salem OR 97301": a code before a postcode is the address's state or province.
            var beforePostcode = previous is { IsCapitalised: true } town && !context.Protected[i - 1] && !context.IsCommon(town)
                && !Gazetteer.RegionCodes.Contains(town.Base) && PostcodeAfter().Match(context.Text, token.BaseEnd, Math.Min(14, context.Text.Length - token.BaseEnd)) is { Success: true } code
                && (!IsAmbiguous(token.Base) || code.Length >= 6);
            var beforeIdLabel = context.TokenAt(i + 1) is { } next && context.IsSpaceGap(i, i + 1) && _idLabels.Contains(next.Key);
            var placeThenCode = afterPlace && !IsAmbiguous(token.Base);
            if (_distinctive.Contains(token.Base) || beforeIdLabel || placeThenCode || beforePostcode)
            {
                // "Temple, TX": the code after a town and a comma is an address, even where the letters are also a clinical
                // abbreviation (Tx), and the word before it is the town, even where it is also an everyday word.
                var priority = placeThenCode && context.Gap(i - 1, i).Contains(',') ? Priorities.Protect + 1 : Priorities.Context + 5;
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.RegionCode, Categories.Location, priority));
                if (priority > Priorities.Protect)
                {
                    candidates.Add(new Candidate(tokens[i - 1].Start, tokens[i - 1].BaseEnd, CandidateKind.Location, Categories.Location, Priorities.Context + 5));
                }
            }
        }
    }

    [GeneratedRegex(@"\G,?\s(?:\d{4,5}(?:-\d{4})?\b|[A-Z]\d[A-Z]\s?\d[A-Z]\d\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeAfter();

    // Codes that are also words or clinical acronyms.
    private static bool IsAmbiguous(string code) =>
        code is "ACT" or "IN" or "OR" or "ME" or "MS" or "OK" or "HI" or "ED" or "ID" or "PA" or "CT" or "NT" or "CO" or "MD" or "DE";
}
