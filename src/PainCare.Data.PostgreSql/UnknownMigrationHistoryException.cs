namespace PainCare.Data.PostgreSql;

/// <summary>
/// The database holds only some of the hand-written migrations (ADR 0005), so its schema is not the baseline's and
/// cannot be adopted. Such a database is first brought up to date by a PainCare release from before ADR 0100.
/// </summary>
public sealed class UnknownMigrationHistoryException(int found, int expected)
    : InvalidOperationException(
        $"The database's migration history holds {found} of the {expected} hand-written migrations: upgrade it with a PainCare "
        + "release from before the scaffolded baseline first (docs/decisions/0100-migrations-made-by-the-ef-tooling.md).")
{
    public int Found { get; } = found;

    public int Expected { get; } = expected;
}
