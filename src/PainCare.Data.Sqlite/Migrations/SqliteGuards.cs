namespace PainCare.Data.Sqlite.Migrations;

/// <summary>
/// What the SQLite model cannot express, added to the scaffolded baseline by hand (ADR 0100, 0130): the same append-only
/// and signed-note rules as the PostgreSQL triggers, written as SQLite <c>RAISE(ABORT)</c> triggers.
/// </summary>
internal static class SqliteGuards
{
    private static readonly string[] _appendOnlyTables = ["NarrativeNoteVersions", "NoteAddenda", "VignetteComments", "AuditEvents"];

    public static string Create =>
        string.Concat(_appendOnlyTables.Select(table => $"""
            CREATE TRIGGER "{table}_NoUpdate" BEFORE UPDATE ON "{table}"
            BEGIN SELECT RAISE(ABORT, 'rows of {table} are append-only'); END;
            CREATE TRIGGER "{table}_NoDelete" BEFORE DELETE ON "{table}"
            BEGIN SELECT RAISE(ABORT, 'rows of {table} are append-only'); END;

            """))
        + """
            CREATE TRIGGER "NarrativeNotes_SignedIsFinalUpdate" BEFORE UPDATE ON "NarrativeNotes" WHEN OLD."Status" = 1
            BEGIN SELECT RAISE(ABORT, 'a signed note cannot be changed; add an addendum'); END;
            CREATE TRIGGER "NarrativeNotes_SignedIsFinalDelete" BEFORE DELETE ON "NarrativeNotes" WHEN OLD."Status" = 1
            BEGIN SELECT RAISE(ABORT, 'a signed note cannot be changed; add an addendum'); END;
            """;

    public static string Drop =>
        string.Concat(_appendOnlyTables.Select(table => $"""
            DROP TRIGGER IF EXISTS "{table}_NoUpdate";
            DROP TRIGGER IF EXISTS "{table}_NoDelete";

            """))
        + """
            DROP TRIGGER IF EXISTS "NarrativeNotes_SignedIsFinalUpdate";
            DROP TRIGGER IF EXISTS "NarrativeNotes_SignedIsFinalDelete";
            """;
}
