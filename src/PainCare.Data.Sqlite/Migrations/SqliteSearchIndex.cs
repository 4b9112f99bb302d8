namespace PainCare.Data.Sqlite.Migrations;

/// <summary>
/// The narrative search index: an FTS5 table over <c>NarrativeNotes."Text"</c> with external content (the text is stored
/// once, in the notes table), the porter stemmer over unicode61 words, kept in step by triggers. A rowid table without an
/// INTEGER PRIMARY KEY may have its rowids renumbered by VACUUM, so <see cref="Rebuild"/> runs at every migration.
/// <see cref="Create"/> is the baseline's index; <see cref="CreateByOwner"/> replaces it (migration SearchByOwner).
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

    /// <summary>
    /// The index with the owning clinician as a second column, read through a view of note, session and patient. A search
    /// matches the clinician's token phrase in "Owner" and the words in "Text", so FTS5 intersects the owner's entries
    /// with the words' instead of handing every clinician's matches to the join (a common word in a 100,000-session
    /// clinic took 170–330 ms; docs/performance.md). The query still filters on the patient's clinician in SQL; the
    /// column only narrows. A note's owner changes with its patient's clinician, so the patient's and the session's
    /// triggers re-index its notes; a delete removes the entries while the rows that name the owner still exist.
    /// </summary>
    public const string CreateByOwner = """
        DROP TRIGGER IF EXISTS "NarrativeNotes_SearchUpdate";
        DROP TRIGGER IF EXISTS "NarrativeNotes_SearchDelete";
        DROP TRIGGER IF EXISTS "NarrativeNotes_SearchInsert";
        DROP TABLE IF EXISTS "NarrativeNotesSearch";
        CREATE VIEW "NarrativeNotesSearchSource" AS
            SELECT n.rowid AS "NoteRowId", n."Text" AS "Text", p."ClinicianId" AS "Owner"
            FROM "NarrativeNotes" AS n
            JOIN "Sessions" AS s ON s."Id" = n."SessionId"
            JOIN "Patients" AS p ON p."Id" = s."PatientId";
        CREATE VIRTUAL TABLE "NarrativeNotesSearch" USING fts5(
            "Text", "Owner", content = 'NarrativeNotesSearchSource', content_rowid = 'NoteRowId',
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE TRIGGER "NarrativeNotes_SearchInsert" AFTER INSERT ON "NarrativeNotes"
        BEGIN
            INSERT INTO "NarrativeNotesSearch"(rowid, "Text", "Owner")
            SELECT NEW.rowid, NEW."Text", p."ClinicianId" FROM "Sessions" AS s JOIN "Patients" AS p ON p."Id" = s."PatientId" WHERE s."Id" = NEW."SessionId";
        END;
        CREATE TRIGGER "NarrativeNotes_SearchDelete" AFTER DELETE ON "NarrativeNotes"
        BEGIN
            INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch", rowid, "Text", "Owner")
            SELECT 'delete', OLD.rowid, OLD."Text", p."ClinicianId" FROM "Sessions" AS s JOIN "Patients" AS p ON p."Id" = s."PatientId" WHERE s."Id" = OLD."SessionId";
        END;
        CREATE TRIGGER "NarrativeNotes_SearchUpdate" AFTER UPDATE OF "Text", "SessionId" ON "NarrativeNotes"
        BEGIN
            INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch", rowid, "Text", "Owner")
            SELECT 'delete', OLD.rowid, OLD."Text", p."ClinicianId" FROM "Sessions" AS s JOIN "Patients" AS p ON p."Id" = s."PatientId" WHERE s."Id" = OLD."SessionId";
            INSERT INTO "NarrativeNotesSearch"(rowid, "Text", "Owner")
            SELECT NEW.rowid, NEW."Text", p."ClinicianId" FROM "Sessions" AS s JOIN "Patients" AS p ON p."Id" = s."PatientId" WHERE s."Id" = NEW."SessionId";
        END;
        CREATE TRIGGER "Sessions_SearchOwnerUpdate" AFTER UPDATE OF "PatientId" ON "Sessions"
        BEGIN
            INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch", rowid, "Text", "Owner")
            SELECT 'delete', n.rowid, n."Text", p."ClinicianId" FROM "NarrativeNotes" AS n JOIN "Patients" AS p ON p."Id" = OLD."PatientId" WHERE n."SessionId" = OLD."Id";
            INSERT INTO "NarrativeNotesSearch"(rowid, "Text", "Owner")
            SELECT n.rowid, n."Text", p."ClinicianId" FROM "NarrativeNotes" AS n JOIN "Patients" AS p ON p."Id" = NEW."PatientId" WHERE n."SessionId" = NEW."Id";
        END;
        CREATE TRIGGER "Sessions_SearchDelete" BEFORE DELETE ON "Sessions"
        BEGIN
            INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch", rowid, "Text", "Owner")
            SELECT 'delete', n.rowid, n."Text", p."ClinicianId" FROM "NarrativeNotes" AS n JOIN "Patients" AS p ON p."Id" = OLD."PatientId" WHERE n."SessionId" = OLD."Id";
        END;
        CREATE TRIGGER "Patients_SearchOwnerUpdate" AFTER UPDATE OF "ClinicianId" ON "Patients"
        BEGIN
            INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch", rowid, "Text", "Owner")
            SELECT 'delete', n.rowid, n."Text", OLD."ClinicianId" FROM "NarrativeNotes" AS n JOIN "Sessions" AS s ON s."Id" = n."SessionId" WHERE s."PatientId" = OLD."Id";
            INSERT INTO "NarrativeNotesSearch"(rowid, "Text", "Owner")
            SELECT n.rowid, n."Text", NEW."ClinicianId" FROM "NarrativeNotes" AS n JOIN "Sessions" AS s ON s."Id" = n."SessionId" WHERE s."PatientId" = NEW."Id";
        END;
        CREATE TRIGGER "Patients_SearchDelete" BEFORE DELETE ON "Patients"
        BEGIN
            INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch", rowid, "Text", "Owner")
            SELECT 'delete', n.rowid, n."Text", OLD."ClinicianId" FROM "NarrativeNotes" AS n JOIN "Sessions" AS s ON s."Id" = n."SessionId" WHERE s."PatientId" = OLD."Id";
        END;
        INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch") VALUES ('rebuild');
        """;

    /// <summary>Back to the baseline's index.</summary>
    public const string DropByOwner = """
        DROP TRIGGER IF EXISTS "Patients_SearchDelete";
        DROP TRIGGER IF EXISTS "Patients_SearchOwnerUpdate";
        DROP TRIGGER IF EXISTS "Sessions_SearchDelete";
        DROP TRIGGER IF EXISTS "Sessions_SearchOwnerUpdate";
        DROP TRIGGER IF EXISTS "NarrativeNotes_SearchUpdate";
        DROP TRIGGER IF EXISTS "NarrativeNotes_SearchDelete";
        DROP TRIGGER IF EXISTS "NarrativeNotes_SearchInsert";
        DROP TABLE IF EXISTS "NarrativeNotesSearch";
        DROP VIEW IF EXISTS "NarrativeNotesSearchSource";
        """ + Create;

    public const string Rebuild = """INSERT INTO "NarrativeNotesSearch"("NarrativeNotesSearch") VALUES ('rebuild')""";
}
