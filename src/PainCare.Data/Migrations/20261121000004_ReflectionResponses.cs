using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PainCare.Data.Migrations;

/// <summary>Clinicians' answers to, dismissals of and pins on reflection prompts, one row per session and rule.</summary>
[DbContext(typeof(PainCareDbContext))]
[Migration("20261121000004_ReflectionResponses")]
public sealed class ReflectionResponses : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReflectionResponses",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                RuleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                PromptText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                Answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                IsPinned = table.Column<bool>(type: "boolean", nullable: false),
                IsDismissed = table.Column<bool>(type: "boolean", nullable: false),
                DismissReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                AuthorId = table.Column<string>(type: "text", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReflectionResponses", x => x.Id);
                table.ForeignKey("FK_ReflectionResponses_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_ReflectionResponses_RuleId", "ReflectionResponses", "RuleId");
        migrationBuilder.CreateIndex("IX_ReflectionResponses_SessionId_RuleId", "ReflectionResponses", ["SessionId", "RuleId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ReflectionResponses");
}
