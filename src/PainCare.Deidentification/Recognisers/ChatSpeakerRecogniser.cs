using System.Text.RegularExpressions;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// The speaker of a line in an exported chat or message thread ("[09:40] JK: ok", "[Thu 2 Oct 16:40] sam.b: hi",
/// "12/03/2025, 14:05 - Lou Ferris: fine"): a person's name, initials or handle, unless the line is the service's own.
/// </summary>
internal sealed partial class ChatSpeakerRecogniser : IRecogniser
{
    private static readonly HashSet<string> _serviceSpeakers = new(StringComparer.Ordinal)
    {
        "me", "you", "clinic", "clinician", "reception", "practice", "surgery", "pharmacy", "physio", "physiotherapist", "nurse", "gp",
        "doctor", "patient", "pt", "admin", "system", "bot", "auto", "automated", "team", "service", "office", "helpline", "therapist", "ot",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        foreach (Match m in SpeakerLine().Matches(context.Text))
        {
            var who = m.Groups["who"];
            var first = context.TokenIndexFrom(who.Index);
            if (first < 0 || first >= context.Tokens.Count || _serviceSpeakers.Contains(context.Tokens[first].Key) || NameRules.Titles.Contains(context.Tokens[first].Key))
            {
                continue;
            }

            if (Handle().IsMatch(who.Value))
            {
                candidates.Add(new Candidate(who.Index, who.Index + who.Length, CandidateKind.Contact, Categories.Contact, Priorities.Context + 5));
                continue;
            }

            for (var i = first; i < context.Tokens.Count && context.Tokens[i].Start < who.Index + who.Length; i++)
            {
                var token = context.Tokens[i];
                if (token.Base.Length <= 3 && token.IsAllCaps)
                {
                    candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Initials, Categories.Name, Priorities.Context + 5));
                }
                else if (token.IsCapitalised && !context.Protected[i])
                {
                    candidates.Add(NameRules.NameCandidate(context, i, i == first ? NameRole.Given : NameRole.Surname, Priorities.Context + 5));
                }
            }
        }
    }

    // A time in square brackets, or a date and time then a dash, opening the line; then one to three words and a colon.
    [GeneratedRegex(@"^[ \t]*(?:\[[^\]\n]{0,24}\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\]|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[ap]m)?\s+[-–])[ \t]*(?<who>[\p{L}][\p{L}\d._'’-]*(?:[ \t]+[\p{L}][\p{L}'’.-]*){0,2})[ \t]*:", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerLine();

    [GeneratedRegex(@"^[\p{Ll}\d][\p{L}\d]*[._][\p{L}\d._]+$|^[\p{Ll}]+\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();
}
