using PainCare.Deidentification.Known;
using PainCare.Deidentification.Recognisers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification;

/// <summary>One place where an identifier from the patient record still appears.</summary>
public sealed record IdentifierLeak(int Start, int End, string Text);

/// <summary>
/// The final check before a vignette leaves its author: every place any of the record's known identifiers still appears,
/// in any spelling the known-identifier recogniser matches (case, possessives, diminutives, parts of names, dates of
/// birth in any written form), read through invisible characters and look-alike letters.
/// </summary>
public static class KnownIdentifierScan
{
    public static IReadOnlyList<IdentifierLeak> Find(string text, IReadOnlyList<string> known)
    {
        // Read through soft hyphens, zero-width characters and look-alike letters; report in the original's offsets.
        var normal = NormalisedText.Normalise(text);
        var context = new ScanContext(normal.Text, KnownIdentifiers.Parse(known));
        var candidates = new List<Candidate>();
        new KnownIdentifierRecogniser().Recognise(context, candidates);
        return candidates
            .OrderBy(c => c.Start)
            .Select(c => normal.ToOriginal(c.Start, c.End) is var (start, end) ? new IdentifierLeak(start, end, text[start..end]) : null!)
            .DistinctBy(l => (l.Start, l.End))
            .ToList();
    }
}
