namespace PainCare.Data.PostgreSql.Migrations;

/// <summary>
/// ADR 0220: a narrative's versions stay append-only but for one change, an autosave coalescing into the newest version
/// of a draft. The trigger admits an update only when it carries that version forward (same note and author, a later
/// revision, within two minutes of the version's last save, not the first version, the note still a draft); everything
/// else, and every delete, is refused as before (ADR 0007). The app's role may update only the three columns that change.
/// </summary>
internal static class VersionCoalescingGuards
{
    public const string Create = """
        DROP TRIGGER IF EXISTS "NarrativeNoteVersions_AppendOnly" ON "NarrativeNoteVersions";

        CREATE FUNCTION paincare_version_extends_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE'
                AND NEW."Id" = OLD."Id" AND NEW."NoteId" = OLD."NoteId" AND NEW."SavedById" = OLD."SavedById"
                AND OLD."Revision" > 1 AND NEW."Revision" > OLD."Revision"
                AND NEW."SavedAt" >= OLD."SavedAt" AND NEW."SavedAt" < OLD."SavedAt" + interval '2 minutes'
                AND EXISTS (SELECT 1 FROM "NarrativeNotes" AS n WHERE n."Id" = OLD."NoteId" AND n."Status" = 0)
                AND NOT EXISTS (SELECT 1 FROM "NarrativeNoteVersions" AS v WHERE v."NoteId" = OLD."NoteId" AND v."Revision" > OLD."Revision")
            THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'rows of % are append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
        END $$;

        CREATE TRIGGER "NarrativeNoteVersions_AppendOnly" BEFORE UPDATE OR DELETE ON "NarrativeNoteVersions"
            FOR EACH ROW EXECUTE FUNCTION paincare_version_extends_only();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "NarrativeNoteVersions_AppendOnly" ON "NarrativeNoteVersions";
        DROP FUNCTION IF EXISTS paincare_version_extends_only();
        CREATE TRIGGER "NarrativeNoteVersions_AppendOnly" BEFORE UPDATE OR DELETE ON "NarrativeNoteVersions"
            FOR EACH ROW EXECUTE FUNCTION paincare_refuse_change();
        """;
}
