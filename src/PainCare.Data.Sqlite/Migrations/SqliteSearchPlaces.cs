using PainCare.Data.Search;

namespace PainCare.Data.Sqlite.Migrations;

/// <summary>
/// FTS5 indexes for the places searched beside the narrative (ADR 0330): addenda, observations and reflection answers,
/// each with external content (the text stays in its own table), the narrative index's tokenizer, and triggers on its
/// own table only. No owner column for addenda and observations: they are few beside the notes, and the query joins them
/// to the clinician's patients. A reflection answer carries its author, so its index matches the author as the notes'
/// index matches the owner. Rowids may be renumbered by VACUUM, so <see cref="Rebuild"/> runs at every migration.
/// </summary>
internal static class SqliteSearchPlaces
{
    private const string Tokenizer = "tokenize = 'porter unicode61 remove_diacritics 2'";

    private static readonly string _observationText = SearchedText.Observation("o.");

    public static readonly string Create = $"""
        CREATE VIRTUAL TABLE "NoteAddendaSearch" USING fts5("Text", content = 'NoteAddenda', content_rowid = 'rowid', {Tokenizer});
        CREATE TRIGGER "NoteAddenda_SearchInsert" AFTER INSERT ON "NoteAddenda"
        BEGIN INSERT INTO "NoteAddendaSearch"(rowid, "Text") VALUES (NEW.rowid, NEW."Text"); END;
        CREATE TRIGGER "NoteAddenda_SearchDelete" AFTER DELETE ON "NoteAddenda"
        BEGIN INSERT INTO "NoteAddendaSearch"("NoteAddendaSearch", rowid, "Text") VALUES ('delete', OLD.rowid, OLD."Text"); END;

        CREATE VIEW "ObservationsSearchSource" AS
            SELECT o.rowid AS "ObservationRowId", {_observationText} AS "Text" FROM "Observations" AS o;
        CREATE VIRTUAL TABLE "ObservationsSearch" USING fts5(
            "Text", content = 'ObservationsSearchSource', content_rowid = 'ObservationRowId', {Tokenizer});
        CREATE TRIGGER "Observations_SearchInsert" AFTER INSERT ON "Observations"
        BEGIN INSERT INTO "ObservationsSearch"(rowid, "Text") VALUES (NEW.rowid, {SearchedText.Observation("NEW.")}); END;
        CREATE TRIGGER "Observations_SearchDelete" AFTER DELETE ON "Observations"
        BEGIN INSERT INTO "ObservationsSearch"("ObservationsSearch", rowid, "Text") VALUES ('delete', OLD.rowid, {SearchedText.Observation("OLD.")}); END;
        CREATE TRIGGER "Observations_SearchUpdate" AFTER UPDATE OF "Aspect", "Detail", "Antecedent" ON "Observations"
        BEGIN
            INSERT INTO "ObservationsSearch"("ObservationsSearch", rowid, "Text") VALUES ('delete', OLD.rowid, {SearchedText.Observation("OLD.")});
            INSERT INTO "ObservationsSearch"(rowid, "Text") VALUES (NEW.rowid, {SearchedText.Observation("NEW.")});
        END;

        CREATE VIRTUAL TABLE "ReflectionResponsesSearch" USING fts5(
            "Answer", "AuthorId", content = 'ReflectionResponses', content_rowid = 'rowid', {Tokenizer});
        CREATE TRIGGER "ReflectionResponses_SearchInsert" AFTER INSERT ON "ReflectionResponses"
        BEGIN INSERT INTO "ReflectionResponsesSearch"(rowid, "Answer", "AuthorId") VALUES (NEW.rowid, NEW."Answer", NEW."AuthorId"); END;
        CREATE TRIGGER "ReflectionResponses_SearchDelete" AFTER DELETE ON "ReflectionResponses"
        BEGIN
            INSERT INTO "ReflectionResponsesSearch"("ReflectionResponsesSearch", rowid, "Answer", "AuthorId")
            VALUES ('delete', OLD.rowid, OLD."Answer", OLD."AuthorId");
        END;
        CREATE TRIGGER "ReflectionResponses_SearchUpdate" AFTER UPDATE OF "Answer", "AuthorId" ON "ReflectionResponses"
        BEGIN
            INSERT INTO "ReflectionResponsesSearch"("ReflectionResponsesSearch", rowid, "Answer", "AuthorId")
            VALUES ('delete', OLD.rowid, OLD."Answer", OLD."AuthorId");
            INSERT INTO "ReflectionResponsesSearch"(rowid, "Answer", "AuthorId") VALUES (NEW.rowid, NEW."Answer", NEW."AuthorId");
        END;
        {Rebuild};
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "ReflectionResponses_SearchUpdate";
        DROP TRIGGER IF EXISTS "ReflectionResponses_SearchDelete";
        DROP TRIGGER IF EXISTS "ReflectionResponses_SearchInsert";
        DROP TABLE IF EXISTS "ReflectionResponsesSearch";
        DROP TRIGGER IF EXISTS "Observations_SearchUpdate";
        DROP TRIGGER IF EXISTS "Observations_SearchDelete";
        DROP TRIGGER IF EXISTS "Observations_SearchInsert";
        DROP TABLE IF EXISTS "ObservationsSearch";
        DROP VIEW IF EXISTS "ObservationsSearchSource";
        DROP TRIGGER IF EXISTS "NoteAddenda_SearchDelete";
        DROP TRIGGER IF EXISTS "NoteAddenda_SearchInsert";
        DROP TABLE IF EXISTS "NoteAddendaSearch";
        """;

    /// <summary>Refills the three indexes from their tables (backfill at creation, and after any VACUUM renumbering).</summary>
    public const string Rebuild = """
        INSERT INTO "NoteAddendaSearch"("NoteAddendaSearch") VALUES ('rebuild');
        INSERT INTO "ObservationsSearch"("ObservationsSearch") VALUES ('rebuild');
        INSERT INTO "ReflectionResponsesSearch"("ReflectionResponsesSearch") VALUES ('rebuild')
        """;
}
