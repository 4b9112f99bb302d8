namespace PainCare.Domain.Alliance;

/// <summary>Which flags a clinician still needs to see before the next appointment.</summary>
public static class OpenFlags
{
    /// <summary>
    /// The headline flag of every episode still open. An episode closes when the ratings recover, not when a later
    /// session happens to raise no new flag: a second low rating must not hide the first (issue 17).
    /// </summary>
    public static IReadOnlyList<AllianceFlag> Of(AllianceAnalysis analysis) =>
        [.. analysis.Episodes.Where(e => e.Open).Select(e => e.Headline)];
}
