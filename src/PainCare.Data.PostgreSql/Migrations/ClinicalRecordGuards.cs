namespace PainCare.Data.PostgreSql.Migrations;

/// <summary>
/// Database triggers that keep clinical records trustworthy whatever the application does: saved versions and addenda
/// are append-only, and a signed note can no longer be changed or deleted.
/// </summary>
internal static class ClinicalRecordGuards
{
    public const string Create = """
        CREATE FUNCTION paincare_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'rows of % are append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
        END $$;

        CREATE TRIGGER "NarrativeNoteVersions_AppendOnly" BEFORE UPDATE OR DELETE ON "NarrativeNoteVersions"
            FOR EACH ROW EXECUTE FUNCTION paincare_refuse_change();
        CREATE TRIGGER "NoteAddenda_AppendOnly" BEFORE UPDATE OR DELETE ON "NoteAddenda"
            FOR EACH ROW EXECUTE FUNCTION paincare_refuse_change();

        CREATE FUNCTION paincare_signed_note_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD."Status" = 1 THEN
                RAISE EXCEPTION 'a signed note cannot be changed; add an addendum' USING ERRCODE = 'P0001';
            END IF;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END $$;

        CREATE TRIGGER "NarrativeNotes_SignedIsFinal" BEFORE UPDATE OR DELETE ON "NarrativeNotes"
            FOR EACH ROW EXECUTE FUNCTION paincare_signed_note_is_final();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "NarrativeNotes_SignedIsFinal" ON "NarrativeNotes";
        DROP TRIGGER IF EXISTS "NoteAddenda_AppendOnly" ON "NoteAddenda";
        DROP TRIGGER IF EXISTS "NarrativeNoteVersions_AppendOnly" ON "NarrativeNoteVersions";
        DROP FUNCTION IF EXISTS paincare_signed_note_is_final();
        DROP FUNCTION IF EXISTS paincare_refuse_change();
        """;
}
