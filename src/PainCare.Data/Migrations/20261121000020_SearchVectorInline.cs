using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PainCare.Data.Migrations;

/// <summary>
/// Keeps a note's search vector in the table row instead of the TOAST table. A ~1 KB narrative and its ~1.2 KB vector
/// together pass PostgreSQL's 2 KB TOAST threshold, and the vector, the larger, was moved out of line: every
/// <c>@@</c> and <c>ts_rank</c> in a caseload search then cost a TOAST index lookup and fetch per note (about half the
/// buffers of a 5,000-note search). With <c>STORAGE MAIN</c> the vector stays inline (compressed if need be) and the
/// narrative text, read only for the page and the 25 headlines, is the one moved out. Column storage is not part of
/// EF's model, so this is SQL; existing rows move as they are next written. See docs/decisions/0050-scaled-synthetic-clinic.md.
/// </summary>
[DbContext(typeof(PainCareDbContext))]
[Migration("20261121000020_SearchVectorInline")]
public sealed class SearchVectorInline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE "NarrativeNotes" ALTER COLUMN "SearchVector" SET STORAGE MAIN;""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE "NarrativeNotes" ALTER COLUMN "SearchVector" SET STORAGE EXTENDED;""");
}
