using PainCare.Deidentification.Known;
using PainCare.Deidentification.Recognisers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification;

/// <summary>One place where an identifier from the patient record still appears.</summary>
public sealed record IdentifierLeak(int Start, int End, string Text);

/// <summary>
/// The final check before a vignette leaves its author: every place any of the record's known identifiers still appears,
/// in any spelling the known-identifier recogniser matches (case, possessives, diminutives, parts of names).
/// </summary>
public static class KnownIdentifierScan
{
    public static IReadOnlyList<IdentifierLeak> Find(string text, IReadOnlyList<string> known)
    {
        var context = new ScanContext(text, KnownIdentifiers.Parse(known));
        var candidates = new List<Candidate>();
        new KnownIdentifierRecogniser().Recognise(context, candidates);
        return candidates
            .OrderBy(c => c.Start)
            .Select(c => new IdentifierLeak(c.Start, c.End, text[c.Start..c.End]))
            .DistinctBy(l => (l.Start, l.End))
            .ToList();
    }
}
