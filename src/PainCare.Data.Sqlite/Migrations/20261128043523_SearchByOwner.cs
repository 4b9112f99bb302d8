using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PainCare.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchByOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index gains the owning clinician, so a search reads only that clinician's entries (ADR 0240).
            migrationBuilder.Sql(SqliteSearchIndex.CreateByOwner);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteSearchIndex.DropByOwner);
        }
    }
}
