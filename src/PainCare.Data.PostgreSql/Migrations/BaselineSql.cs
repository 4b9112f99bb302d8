namespace PainCare.Data.PostgreSql.Migrations;

/// <summary>The parts of the baseline schema that EF's model cannot express, apart from the record guards.</summary>
internal static class BaselineSql
{
    /// <summary>
    /// Keeps a note's search vector in the table row instead of the TOAST table. A ~1 KB narrative and its ~1.2 KB vector
    /// together pass PostgreSQL's 2 KB TOAST threshold, and the vector, the larger, was moved out of line: every
    /// <c>@@</c> and <c>ts_rank</c> in a caseload search then cost a TOAST index lookup and fetch per note (about half the
    /// buffers of a 5,000-note search). With <c>STORAGE MAIN</c> the vector stays inline (compressed if need be) and the
    /// narrative text, read only for the page and the 25 headlines, is the one moved out. Column storage is not part of
    /// EF's model. See docs/decisions/0050-scaled-synthetic-clinic.md.
    /// </summary>
    public const string SearchVectorInline = """ALTER TABLE "NarrativeNotes" ALTER COLUMN "SearchVector" SET STORAGE MAIN;""";

    /// <summary>Supervision comments are a thread of record: added to, never edited or removed.</summary>
    public const string VignetteCommentsAppendOnly = """
        CREATE TRIGGER "VignetteComments_AppendOnly" BEFORE UPDATE OR DELETE ON "VignetteComments"
            FOR EACH ROW EXECUTE FUNCTION paincare_refuse_change();
        """;

    public const string DropVignetteCommentsAppendOnly = """DROP TRIGGER IF EXISTS "VignetteComments_AppendOnly" ON "VignetteComments";""";
}
