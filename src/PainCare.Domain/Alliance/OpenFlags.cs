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

    /// <summary>
    /// A patient needs attention when an open episode carries an alert (not only a caution): what the clinician should
    /// look at before the next appointment, and what sorts the caseload.
    /// </summary>
    public static bool NeedAttention(IEnumerable<AllianceFlag> openFlags) => openFlags.Any(f => f.Severity == FlagSeverity.Alert);
}
