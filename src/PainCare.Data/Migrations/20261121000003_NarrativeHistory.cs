using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace PainCare.Data.Migrations;

/// <summary>
/// Narrative versions and addenda (append-only, enforced by triggers), structured observations, and full-text search.
/// </summary>
[DbContext(typeof(PainCareDbContext))]
[Migration("20261121000003_NarrativeHistory")]
public sealed class NarrativeHistory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("Revision", "NarrativeNotes", type: "integer", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<string>("UpdatedById", "NarrativeNotes", type: "text", nullable: true);
        migrationBuilder.AddColumn<string>(
            "SearchVector", "NarrativeNotes", type: "tsvector", nullable: true,
            computedColumnSql: "to_tsvector('english'::regconfig, \"Text\")", stored: true);
        // The default only fills existing rows; the model has none.
        migrationBuilder.Sql("ALTER TABLE \"NarrativeNotes\" ALTER COLUMN \"Revision\" DROP DEFAULT;");

        migrationBuilder.CreateTable(
            name: "NarrativeNoteVersions",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                NoteId = table.Column<Guid>(type: "uuid", nullable: false),
                Revision = table.Column<int>(type: "integer", nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                SavedById = table.Column<string>(type: "text", nullable: false),
                SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NarrativeNoteVersions", x => x.Id);
                table.ForeignKey("FK_NarrativeNoteVersions_NarrativeNotes_NoteId", x => x.NoteId, "NarrativeNotes", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "NoteAddenda",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                NoteId = table.Column<Guid>(type: "uuid", nullable: false),
                AuthorId = table.Column<string>(type: "text", nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NoteAddenda", x => x.Id);
                table.CheckConstraint("CK_NoteAddenda_TextLength", "char_length(\"Text\") BETWEEN 1 AND 20000");
                table.ForeignKey("FK_NoteAddenda_NarrativeNotes_NoteId", x => x.NoteId, "NarrativeNotes", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Observations",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                NoteId = table.Column<Guid>(type: "uuid", nullable: false),
                Kind = table.Column<int>(type: "integer", nullable: false),
                Aspect = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                Antecedent = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                SourceText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                SourceStart = table.Column<int>(type: "integer", nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                AuthorId = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Observations", x => x.Id);
                table.ForeignKey("FK_Observations_NarrativeNotes_NoteId", x => x.NoteId, "NarrativeNotes", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_NarrativeNotes_SearchVector", "NarrativeNotes", "SearchVector").Annotation("Npgsql:IndexMethod", "GIN");
        migrationBuilder.CreateIndex("IX_NarrativeNoteVersions_NoteId_Revision", "NarrativeNoteVersions", ["NoteId", "Revision"], unique: true);
        migrationBuilder.CreateIndex("IX_NoteAddenda_NoteId", "NoteAddenda", "NoteId");
        migrationBuilder.CreateIndex("IX_Observations_NoteId", "Observations", "NoteId");

        migrationBuilder.Sql(ClinicalRecordGuards.Create);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(ClinicalRecordGuards.Drop);
        migrationBuilder.DropTable("Observations");
        migrationBuilder.DropTable("NoteAddenda");
        migrationBuilder.DropTable("NarrativeNoteVersions");
        migrationBuilder.DropIndex("IX_NarrativeNotes_SearchVector", "NarrativeNotes");
        migrationBuilder.DropColumn("SearchVector", "NarrativeNotes");
        migrationBuilder.DropColumn("UpdatedById", "NarrativeNotes");
        migrationBuilder.DropColumn("Revision", "NarrativeNotes");
    }
}
