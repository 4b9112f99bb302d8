using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace PainCare.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SearchBeyondTheNarrative : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "ReflectionResponses",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('english'::regconfig, COALESCE(\"Answer\", ''))",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Observations",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('english'::regconfig, COALESCE(\"Aspect\" || ' ', '') || \"Detail\" || COALESCE(' ' || \"Antecedent\", ''))",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "NoteAddenda",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('english'::regconfig, \"Text\")",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionResponses_SearchVector",
                table: "ReflectionResponses",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_SearchVector",
                table: "Observations",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_NoteAddenda_SearchVector",
                table: "NoteAddenda",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReflectionResponses_SearchVector",
                table: "ReflectionResponses");

            migrationBuilder.DropIndex(
                name: "IX_Observations_SearchVector",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_NoteAddenda_SearchVector",
                table: "NoteAddenda");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "ReflectionResponses");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "NoteAddenda");
        }
    }
}
