using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// The catch-all: a capitalised word in mid-sentence that no list explains (not clinical, not everyday, not a
/// calendar word) is most likely a name, place or organisation; so is a pair of such words opening a sentence.
/// Lowest priority, so every specific recogniser overrides it.
/// </summary>
internal sealed class CapitalisedWordRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Month names that are also given names (May, June) are left to the date recogniser and to name cues.
            if (!NameRules.CanBeName(context, i) || token.IsAllCaps && token.Base.Length <= 5 || token.Key is "may" or "june" or "april" or "august")
            {
                continue;
            }

            var end = PlaceRecogniser.PhraseEnd(context, i);
            if (token.IsSentenceStart && end == i)
            {
                continue;
            }

            for (var k = i; k <= end; k++)
            {
                candidates.Add(NameRules.NameCandidate(context, k, k == i && end > i ? NameRole.Given : NameRole.Unknown, Priorities.Heuristic));
            }

            i = end;
        }
    }
}
