namespace PainCare.Data.Providers.Transfer;

/// <summary>What a transfer did: copied and verified, or refused or rolled back and why (the target is then as it was).</summary>
public enum TransferStatus
{
    Transferred,
    TargetNotEmpty,
    SourceNotCurrent,
    VerificationFailed,
}

/// <summary>One table's rows on each side after the copy.</summary>
public sealed record TableCount(string Table, long Source, long Target);

/// <summary>
/// The outcome, every table's rows on each side, the notes' checksum on each side (<c>NoteChecksum</c>), the time taken,
/// and, when refused because the target holds rows, the first such table.
/// </summary>
public sealed record TransferResult(
    TransferStatus Status, IReadOnlyList<TableCount> Tables, string SourceChecksum, string TargetChecksum, TimeSpan Elapsed, string? NotEmptyTable = null)
{
    public long Rows => Tables.Sum(t => t.Target);

    public static TransferResult Refused(TransferStatus status, TimeSpan elapsed, string? table = null) => new(status, [], string.Empty, string.Empty, elapsed, table);
}
