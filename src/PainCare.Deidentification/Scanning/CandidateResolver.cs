namespace PainCare.Deidentification.Scanning;

/// <summary>
/// Chooses non-overlapping spans: higher priority first, then longer. A longer guess may absorb shorter name or
/// place spans it wholly contains ("Mary Seacole Memorial" over "Mary"), but never the record's own identifiers.
/// </summary>
internal static class CandidateResolver
{
    public static List<Candidate> Resolve(List<Candidate> candidates, int textLength)
    {
        var owner = new int[textLength];
        Array.Fill(owner, -1);
        var accepted = new List<Candidate?>();
        var overlapping = new HashSet<int>();
        var ordered = candidates.Where(c => c.End > c.Start).ToArray();
        Array.Sort(ordered, static (a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        foreach (var c in ordered)
        {
            overlapping.Clear();
            for (var i = c.Start; i < c.End; i++)
            {
                if (owner[i] >= 0)
                {
                    overlapping.Add(owner[i]);
                }
            }

            if (overlapping.Count > 0 && !CanAbsorb(c, overlapping.Select(o => accepted[o]!)))
            {
                continue;
            }

            foreach (var o in overlapping)
            {
                var old = accepted[o]!;
                Array.Fill(owner, -1, old.Start, old.Length);
                accepted[o] = null;
            }

            Array.Fill(owner, accepted.Count, c.Start, c.Length);
            accepted.Add(c);
        }

        return accepted.Where(c => c is { Kind: not CandidateKind.Protect }).Select(c => c!).OrderBy(c => c.Start).ToList();
    }

    /// <summary>Structured spans (addresses, facilities) may also absorb known words inside them ("14 Larkspur Close").</summary>
    private static bool CanAbsorb(Candidate container, IEnumerable<Candidate> inside) =>
        container.Kind is not CandidateKind.Protect && container.Priority >= Priorities.Context
        && inside.All(a => a.Kind is CandidateKind.Name or CandidateKind.Location or CandidateKind.Organisation or CandidateKind.RegionCode
            && (a.Priority < Priorities.Known || (container.Priority >= Priorities.Facility && container.Kind is CandidateKind.Address or CandidateKind.Facility))
            && container.Start <= a.Start && a.End <= container.End && a.Length < container.Length);
}
