using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Named natural features and small places that no gazetteer can list: capitalised words before a feature word
/// ("Pebble Bay", "Gannet Rocks", "Tui Creek") or after a leading one ("Cape Fortune", "Mount Larch", "Lake Ferris").
/// </summary>
internal sealed partial class LandmarkRecogniser : IRecogniser
{
    private static readonly HashSet<string> _trailing = new(StringComparer.Ordinal)
    {
        "bay", "beach", "beaches", "rocks", "island", "islands", "isle", "point", "heads", "creek", "falls", "valley", "harbour", "harbor",
        "cove", "lakes", "river", "springs", "forest", "downs", "vale", "heights", "reserve", "gorge", "sound", "peninsula", "ridge",
        "bluff", "plains", "flats", "junction", "wharf", "quay", "marina", "trail", "estate", "reef", "lagoon", "inlet", "lough", "loch",
        "crossing", "mountain", "mountains",
    };

    private static readonly HashSet<string> _leading = new(StringComparer.Ordinal)
    {
        "cape", "mount", "mt", "lake", "loch", "lough", "port", "fort", "isle", "point", "st", "saint",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        // "rear-ended on Highway 17", "off Route 9", "the I-80": a numbered road places the patient as a street does.
        foreach (var m in NumberedRoad().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Address, Categories.Location, Priorities.Pattern));
        }

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalised || token.IsAllCaps || context.Protected[i])
            {
                continue;
            }

            if (_trailing.Contains(token.Key) && !token.IsPossessive)
            {
                var start = i;
                while (start > 0 && i - start < 3 && IsPart(context, start - 1) && context.IsSpaceGap(start - 1, start))
                {
                    start--;
                }

                if (start < i)
                {
                    candidates.Add(new Candidate(tokens[start].Start, token.BaseEnd, CandidateKind.Location, Categories.Location, Priorities.Gazetteer + 2));
                    continue;
                }
            }

            if (_leading.Contains(token.Key) && i + 1 < tokens.Count)
            {
                var end = i;
                var gapOk = context.IsSpaceGap(i, i + 1) || (token.Key is "st" or "mt" && context.Gap(i, i + 1) is ". ");
                while (gapOk && end + 1 < tokens.Count && end - i < 3 && IsPart(context, end + 1) && (end == i || context.IsSpaceGap(end, end + 1)))
                {
                    end++;
                }

                if (end > i)
                {
                    candidates.Add(new Candidate(token.Start, tokens[end].BaseEnd, CandidateKind.Location, Categories.Location, Priorities.Gazetteer + 2));
                    i = end;
                }
            }
        }
    }

    private static bool IsPart(ScanContext context, int index) =>
        NameRules.CanBeName(context, index) || (context.Tokens[index].IsCapitalised && context.Countries[index]);

    [GeneratedRegex(@"\b(?:(?:State\s+)?(?:Highway|Hwy|Route|Rte)|Interstate|Motorway|Freeway|Expressway)\s+\d{1,3}[A-Z]?\b|\bI-\d{1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedRoad();
}
