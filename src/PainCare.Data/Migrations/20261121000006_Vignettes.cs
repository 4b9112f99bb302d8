using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PainCare.Data.Migrations;

/// <summary>Anonymised vignettes and their supervision threads, with the author's provenance kept in a table of its own.</summary>
[DbContext(typeof(PainCareDbContext))]
[Migration("20261121000006_Vignettes")]
public sealed class Vignettes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Vignettes",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                AuthorId = table.Column<string>(type: "text", nullable: false),
                SupervisorId = table.Column<string>(type: "text", nullable: true),
                Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                Status = table.Column<int>(type: "integer", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Vignettes", x => x.Id);
                table.CheckConstraint("CK_Vignettes_TextLength", "char_length(\"Text\") <= 50000");
                table.ForeignKey("FK_Vignettes_AspNetUsers_AuthorId", x => x.AuthorId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Vignettes_AspNetUsers_SupervisorId", x => x.SupervisorId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "VignetteComments",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                VignetteId = table.Column<Guid>(type: "uuid", nullable: false),
                AuthorId = table.Column<string>(type: "text", nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_VignetteComments", x => x.Id);
                table.CheckConstraint("CK_VignetteComments_TextLength", "char_length(\"Text\") BETWEEN 1 AND 5000");
                table.ForeignKey("FK_VignetteComments_Vignettes_VignetteId", x => x.VignetteId, "Vignettes", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "VignetteSources",
            columns: table => new
            {
                VignetteId = table.Column<Guid>(type: "uuid", nullable: false),
                PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                SessionIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                SourceText = table.Column<string>(type: "text", nullable: false),
                ReportJson = table.Column<string>(type: "jsonb", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_VignetteSources", x => x.VignetteId);
                table.ForeignKey("FK_VignetteSources_Patients_PatientId", x => x.PatientId, "Patients", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_VignetteSources_Vignettes_VignetteId", x => x.VignetteId, "Vignettes", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_VignetteComments_VignetteId", "VignetteComments", "VignetteId");
        migrationBuilder.CreateIndex("IX_Vignettes_AuthorId", "Vignettes", "AuthorId");
        migrationBuilder.CreateIndex("IX_Vignettes_SupervisorId_Status", "Vignettes", ["SupervisorId", "Status"]);
        migrationBuilder.CreateIndex("IX_VignetteSources_PatientId", "VignetteSources", "PatientId");
        migrationBuilder.Sql("""
            CREATE TRIGGER "VignetteComments_AppendOnly" BEFORE UPDATE OR DELETE ON "VignetteComments"
                FOR EACH ROW EXECUTE FUNCTION paincare_refuse_change();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("VignetteSources");
        migrationBuilder.DropTable("VignetteComments");
        migrationBuilder.DropTable("Vignettes");
    }
}
