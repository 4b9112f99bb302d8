namespace PainCare.Data.Sqlite.Migrations;

/// <summary>
/// The narrative search index: an FTS5 table over <c>NarrativeNotes."Text"</c> with external content (the text is stored
/// once, in the notes table), the porter stemmer over unicode61 words, kept in step by triggers. A rowid table without an
/// INTEGER PRIMARY KEY may have its rowids renumbered by VACUUM, so <see cref="Rebuild"/> runs at every migration.
/// </summary>
internal static class SqliteSearchIndex
{
    public const string Table = "NarrativeNotesSearch";

    public const string Create = """
        CREATE VIRTUAL TABLE "NarrativeNotesSearch" USING fts5(
            "Text", content = 'NarrativeNotes', content_rowid = 'rowid', tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE TRIGGER "NarrativeNotes_SearchInsert" AFTER INSERT ON "NarrativeNotes"
        BEGIN INSERT INTO "NarrativeNotesSearch"(rowid, "Text") VALUES (NEW.rowid, NEW."Text"); END;
        CREATE TRIGGER "NarrativeNotes_SearchDelete" AFTER DELETE ON "NarrativeNotes"
        BEGIN INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch", rowid, "Text") VALUES ('delete', OLD.rowid, OLD."Text"); END;
        CREATE TRIGGER "NarrativeNotes_SearchUpdate" AFTER UPDATE OF "Text" ON "NarrativeNotes"
        BEGIN
            INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch", rowid, "Text") VALUES ('delete', OLD.rowid, OLD."Text");
            INSERT INTO "NarrativeNotesSearch"(rowid, "Text") VALUES (NEW.rowid, NEW."Text");
        END;
        INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch") VALUES ('rebuild');
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "NarrativeNotes_SearchUpdate";
        DROP TRIGGER IF EXISTS "NarrativeNotes_SearchDelete";
        DROP TRIGGER IF EXISTS "NarrativeNotes_SearchInsert";
        DROP TABLE IF EXISTS "NarrativeNotesSearch";
        """;

    public const string Rebuild = """INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch") VALUES ('rebuild')""";
}
