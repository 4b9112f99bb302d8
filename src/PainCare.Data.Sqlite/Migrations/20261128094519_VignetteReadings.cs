using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PainCare.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VignetteReadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VignetteReadings",
                columns: table => new
                {
                    VignetteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VignetteReadings", x => new { x.VignetteId, x.UserId });
                    table.ForeignKey(
                        name: "FK_VignetteReadings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VignetteReadings_Vignettes_VignetteId",
                        column: x => x.VignetteId,
                        principalTable: "Vignettes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VignetteReadings_UserId",
                table: "VignetteReadings",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VignetteReadings");
        }
    }
}
