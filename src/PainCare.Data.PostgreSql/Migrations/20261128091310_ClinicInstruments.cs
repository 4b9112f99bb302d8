using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PainCare.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ClinicInstruments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClinicInstruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    InstrumentVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Rater = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    LicenceHolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LicenceTerms = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ImportedById = table.Column<string>(type: "text", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ChangedById = table.Column<string>(type: "text", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicInstruments", x => x.Id);
                    table.CheckConstraint("CK_ClinicInstruments_DefinitionLength", "char_length(\"Definition\") <= 262144");
                    table.ForeignKey(
                        name: "FK_ClinicInstruments_AspNetUsers_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClinicInstruments_AspNetUsers_ImportedById",
                        column: x => x.ImportedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RatingFormChoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    InstrumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChosenById = table.Column<string>(type: "text", nullable: false),
                    ChosenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingFormChoices", x => x.Id);
                    table.CheckConstraint("CK_RatingFormChoices_SingleRow", "\"Id\" = 1");
                    table.ForeignKey(
                        name: "FK_RatingFormChoices_AspNetUsers_ChosenById",
                        column: x => x.ChosenById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClinicInstruments_ChangedById",
                table: "ClinicInstruments",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_ClinicInstruments_ImportedById",
                table: "ClinicInstruments",
                column: "ImportedById");

            migrationBuilder.CreateIndex(
                name: "IX_ClinicInstruments_Status_InstrumentId",
                table: "ClinicInstruments",
                columns: new[] { "Status", "InstrumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_RatingFormChoices_ChosenById",
                table: "RatingFormChoices",
                column: "ChosenById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClinicInstruments");

            migrationBuilder.DropTable(
                name: "RatingFormChoices");
        }
    }
}
