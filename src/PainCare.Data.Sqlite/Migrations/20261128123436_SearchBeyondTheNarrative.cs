using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PainCare.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchBeyondTheNarrative : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Addenda, observations and reflection answers are searched too, each through its own FTS5 index (ADR 0330).
            migrationBuilder.Sql(SqliteSearchPlaces.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteSearchPlaces.Drop);
        }
    }
}
