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
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (NameRules.IsInitial(context, i) && context.Gap(i, i + 1) is ". " && NameRules.CanBeName(context, i + 1)
                && (Gazetteer.Surnames.Contains(tokens[i + 1].Key) || context.Known.NameKeys.ContainsKey(tokens[i + 1].Key) || tokens[i + 1].IsAllCaps
                    || context.Text.AsSpan(tokens[i + 1].End).StartsWith(" (")))
            {
                candidates.Add(new Candidate(tokens[i].Start, tokens[i].End + 1, CandidateKind.Initials, Categories.Name, Priorities.Context + 5));
                candidates.Add(NameRules.NameCandidate(context, i + 1, Known.NameRole.Surname, Priorities.Context + 5));
            }
        }
    }

    [GeneratedRegex(@"(?<![\w.])(?:[A-Z]\.\s?){2,3}(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();
}
