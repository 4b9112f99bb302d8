using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// A company named with its legal form, as continental and Gulf registers write it: "Van Dijk Bouw B.V.", "Rossi
/// Trasporti S.r.l.", "Nordsjø Service AS", "Al Noor Contracting LLC". A short form that is also a clinical
/// abbreviation ("AS", "AB", "SA") counts only after a word in no English dictionary.
/// </summary>
internal sealed partial class OrganisationRecogniser
{
    private static readonly HashSet<string> _ambiguousForms = new(StringComparer.Ordinal) { "AS", "AB", "SA", "AG", "KG", "BV", "NV", "SAS", "Oy" };

    private static void AddLegalForms(ScanContext context, List<Candidate> candidates)
    {
        foreach (Match m in LegalForm().Matches(context.Text))
        {
            var name = m.Groups["name"];
            if (_ambiguousForms.Contains(m.Groups["form"].Value) && !HasUnknownWord(context, name.Index, name.Index + name.Length))
            {
                continue;
            }

            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Organisation, Categories.Organisation, Priorities.Pattern));
        }
    }

    private static bool HasUnknownWord(ScanContext context, int start, int end)
    {
        for (var i = context.TokenIndexFrom(start); i < context.Tokens.Count && context.Tokens[i].Start < end; i++)
        {
            if (!EnglishWords.Contains(context.Tokens[i].Key) && !context.Protected[i])
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}&'’-]*(?:\s+(?:\p{Lu}[\p{L}&'’-]*|&|de|van|der|di|da|do|al))*)\s+(?<form>GmbH|gGmbH|B\.V\.|N\.V\.|S\.p\.A\.|S\.r\.l\.|S\.A\.|S\.L\.|A/S|ASA|Oyj|Sp\.\s?z\s?o\.o\.|LLC|W\.L\.L\.|WLL|FZE|FZ-LLC|PJSC|SARL|Lda|Ltda|Kft|s\.r\.o\.|e\.V\.|AS|AB|SA|AG|KG|BV|NV|SAS|Oy)(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex LegalForm();
}
