namespace PainCare.Data.Sqlite.Migrations;

/// <summary>
/// The SQLite form of the PostgreSQL <c>VersionCoalescingGuards</c> (ADR 0220): an update of a narrative version is
/// refused unless it is an autosave carrying the newest version of a draft forward within two minutes. Times are UTC
/// ticks here (<see cref="UtcTicksConverter"/>): two minutes are 1,200,000,000 ticks.
/// </summary>
internal static class SqliteVersionCoalescing
{
    public const string Create = """
        DROP TRIGGER IF EXISTS "NarrativeNoteVersions_NoUpdate";
        CREATE TRIGGER "NarrativeNoteVersions_NoUpdate" BEFORE UPDATE ON "NarrativeNoteVersions"
        WHEN NOT (
            NEW."Id" = OLD."Id" AND NEW."NoteId" = OLD."NoteId" AND NEW."SavedById" = OLD."SavedById"
            AND OLD."Revision" > 1 AND NEW."Revision" > OLD."Revision"
            AND NEW."SavedAt" >= OLD."SavedAt" AND NEW."SavedAt" < OLD."SavedAt" + 1200000000
            AND EXISTS (SELECT 1 FROM "NarrativeNotes" AS n WHERE n."Id" = OLD."NoteId" AND n."Status" = 0)
            AND NOT EXISTS (SELECT 1 FROM "NarrativeNoteVersions" AS v WHERE v."NoteId" = OLD."NoteId" AND v."Revision" > OLD."Revision"))
        BEGIN SELECT RAISE(ABORT, 'rows of NarrativeNoteVersions are append-only'); END;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "NarrativeNoteVersions_NoUpdate";
        CREATE TRIGGER "NarrativeNoteVersions_NoUpdate" BEFORE UPDATE ON "NarrativeNoteVersions"
        BEGIN SELECT RAISE(ABORT, 'rows of NarrativeNoteVersions are append-only'); END;
        """;
}
