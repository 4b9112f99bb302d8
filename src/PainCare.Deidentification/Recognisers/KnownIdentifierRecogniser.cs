using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Every spelling the text uses of a name or address the record knows: any case, possessives, diacritics dropped,
/// diminutives, hyphenated surname parts. Names that are also words must be capitalised ("Will", not "will").
/// </summary>
internal sealed class KnownIdentifierRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var known = context.Known;
        if (known.NameKeys.Count == 0 && known.LocationKeys.Count == 0)
        {
            return;
        }

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var wordLike = Gazetteer.NameWords.Contains(token.Key) || Gazetteer.CommonCapitalised.Contains(token.Base) || token.Key.Length <= 2;
            if (wordLike && !token.IsCapitalised)
            {
                continue;
            }

            if (known.NameKeys.TryGetValue(token.Key, out var nameRef))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Name, Categories.Name, Priorities.Known, nameRef));
            }
            else if (token.Key.Contains('-', StringComparison.Ordinal) && token.Key.Split('-').Any(known.NameKeys.ContainsKey))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Name, Categories.Name, Priorities.Known, NameRules.Ref(token.Key, NameRole.Surname)));
            }
            else if (known.LocationKeys.Contains(token.Key) && (token.IsCapitalised || !wordLike))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Location, Categories.Location, Priorities.Known));
            }
        }
    }
}
