using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PainCare.Data.PostgreSql.Migrations
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
            migrationBuilder.AddColumn<decimal>(
                name: "Total",
                table: "AllianceRatings",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: false,
                defaultValue: 0m);
        }
    }
}
