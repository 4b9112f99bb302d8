using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// A person's initials, once their name is found: "Dr Ines Moreau (IM)", "K. Okafor, RN (KO)", and the same letters
/// on their own elsewhere ("/ IM", "checked by KO"). Notes write who is who this way in handovers and sign-offs.
/// </summary>
internal static class NameInitials
{
    private static readonly HashSet<string> _determiners = new(StringComparer.Ordinal) { "my", "your", "his", "her", "our", "their", "the", "a", "an", "this", "that", "no" };

    public static void Add(ScanContext context, List<Candidate> sources, List<Candidate> candidates)
    {
        var runs = PersonRuns(context, sources);
        if (runs.Count == 0)
        {
            return;
        }

        var letters = runs.Select(r => r.Letters).ToHashSet(StringComparer.Ordinal);
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsAllCaps || t.Base.Length is not (2 or 3) || !t.Base.All(char.IsAsciiLetterUpper) || !letters.Contains(t.Base)
                || sources.Any(s => s.Start <= t.Start && t.Start < s.End && s.Kind is CandidateKind.Name or CandidateKind.Initials))
            {
                continue;
            }

            // In a bracket just after the name the letters are the person's even when they spell a clinical abbreviation
            // ("Dr P. Acharya (PA)"); elsewhere only when they are nothing else.
            if (runs.Exists(r => r.Letters == t.Base && BracketAfter(context, r.End, i)))
            {
                candidates.Add(new Candidate(t.Start, t.BaseEnd, CandidateKind.Initials, Categories.Name, Priorities.Title));
            }
            else if (!context.Protected[i] && !context.IsCommon(t) && !EnglishWords.Contains(t.Key) && !ClinicalAbbreviations.Contains(t.Key)
                && !NameRules.IsCalendar(t) && !AfterDeterminerOrNumber(context, i))
            {
                candidates.Add(new Candidate(t.Start, t.BaseEnd, CandidateKind.Initials, Categories.Name, Priorities.Context - 1));
            }
        }
    }

    private static bool AfterDeterminerOrNumber(ScanContext context, int i) =>
        context.TokenAt(i - 1) is { } previous && (_determiners.Contains(previous.Key) || previous.Base.All(char.IsAsciiDigit));

    /// <summary>"(KO)" within the same line and a few characters of the name's end, perhaps after a credential: "K. Okafor, RN (KO)".</summary>
    private static bool BracketAfter(ScanContext context, int runEnd, int i)
    {
        var t = context.Tokens[i];
        if (t.Start - runEnd > 16 || t.Start <= runEnd || !context.Text.AsSpan(t.BaseEnd).StartsWith(")"))
        {
            return false;
        }

        var between = context.Text.AsSpan(runEnd, t.Start - runEnd);
        return between.EndsWith("(") && !between.ContainsAny('\n', '.', ';');
    }

    /// <summary>Runs of two or three name tokens side by side ("Ines Moreau", "K. Okafor") and the letters they open with.</summary>
    private static List<(string Letters, int End)> PersonRuns(ScanContext context, List<Candidate> sources)
    {
        var tokens = context.Tokens;
        var isName = new bool[tokens.Count];
        foreach (var c in sources.Where(c => c.Kind is CandidateKind.Name or CandidateKind.Initials && c.Priority >= Priorities.Heuristic && c.Priority != Priorities.Protect))
        {
            for (var k = context.TokenIndexFrom(c.Start); k < tokens.Count && tokens[k].Start < c.End; k++)
            {
                isName[k] = true;
            }
        }

        var runs = new List<(string, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!isName[i])
            {
                continue;
            }

            var j = i;
            while (j + 1 < tokens.Count && isName[j + 1] && context.Gap(j, j + 1) is " " or ". " or "." && j - i < 3)
            {
                j++;
            }

            if (j - i is 1 or 2)
            {
                var letters = string.Concat(Enumerable.Range(i, j - i + 1).Select(k => char.ToUpperInvariant(tokens[k].Base[0])));
                runs.Add((letters, tokens[j].BaseEnd));
            }

            i = j;
        }

        return runs;
    }
}
