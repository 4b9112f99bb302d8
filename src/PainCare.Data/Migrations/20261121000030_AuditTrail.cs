using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PainCare.Data.Migrations;

/// <summary>
/// The append-only audit trail. The table owner (the app's role) loses UPDATE, DELETE and TRUNCATE, and triggers refuse
/// them as well, so a role that regains the privileges still cannot rewrite history without dropping the triggers.
/// </summary>
[DbContext(typeof(PainCareDbContext))]
[Migration("20261121000030_AuditTrail")]
public sealed class AuditTrail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                EntityType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                EntityId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                IpAddress = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                UserAgent = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEvents", x => x.Id));

        migrationBuilder.CreateIndex("IX_AuditEvents_OccurredAt", "AuditEvents", "OccurredAt");
        migrationBuilder.CreateIndex("IX_AuditEvents_UserId_OccurredAt", "AuditEvents", ["UserId", "OccurredAt"]);
        migrationBuilder.Sql(AuditTrailGuards.Create);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(AuditTrailGuards.Drop);
        migrationBuilder.DropTable("AuditEvents");
    }
}
