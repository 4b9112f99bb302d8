using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PainCare.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RatingTotalDropped : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Total",
                table: "AllianceRatings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Total",
                table: "AllianceRatings",
                type: "REAL",
                precision: 7,
                scale: 2,
                nullable: false,
                defaultValue: 0.0);
        }
    }
}
