using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PainCare.Data.Migrations;

/// <summary>One-time links for patients who rate a session at home.</summary>
[DbContext(typeof(PainCareDbContext))]
[Migration("20261121000005_RatingLinks")]
public sealed class RatingLinks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "RatingLinks",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                CreatedById = table.Column<string>(type: "text", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RatingLinks", x => x.Id);
                table.ForeignKey("FK_RatingLinks_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_RatingLinks_SessionId", "RatingLinks", "SessionId");
        migrationBuilder.CreateIndex("IX_RatingLinks_TokenHash", "RatingLinks", "TokenHash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("RatingLinks");
}
