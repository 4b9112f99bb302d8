namespace PainCare.Data.History;

/// <summary>
/// Makes a narrative's history whole (ADR 0220): every note whose current text has no version gets one, at the note's
/// revision, saved by whoever last updated it, when it was last updated. Before ADR 0170 a session recorded from the form
/// kept its narrative at revision 0 with no version, so a note signed at once had an empty history. Plain SQL that both
/// engines run as it is; it adds rows only, so running it twice adds nothing the second time.
/// </summary>
public static class NarrativeHistoryBackfill
{
    public const string Sql = """
        INSERT INTO "NarrativeNoteVersions" ("NoteId", "Revision", "Text", "SavedById", "SavedAt")
        SELECT n."Id", n."Revision", n."Text", COALESCE(n."UpdatedById", n."AuthorId"), n."UpdatedAt"
        FROM "NarrativeNotes" AS n
        WHERE (n."Revision" > 0 OR n."Text" <> '')
          AND NOT EXISTS (SELECT 1 FROM "NarrativeNoteVersions" AS v WHERE v."NoteId" = n."Id" AND v."Revision" = n."Revision");
        """;
}
