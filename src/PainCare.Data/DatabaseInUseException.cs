namespace PainCare.Data;

/// <summary>Another PainCare process already serves this single-process (SQLite) database (ADR 0130).</summary>
public sealed class DatabaseInUseException()
    : InvalidOperationException("another PainCare process is already using this SQLite database file; SQLite serves one app process (for several, use PostgreSQL: docs/scaling.md).");
