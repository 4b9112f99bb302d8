using Microsoft.EntityFrameworkCore.Migrations;
using PainCare.Data.History;

#nullable disable

namespace PainCare.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WholeNarrativeHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ADR 0220: a version for every note whose text has none, then versions an autosave may carry forward.
            migrationBuilder.Sql(NarrativeHistoryBackfill.Sql);
            migrationBuilder.Sql(SqliteVersionCoalescing.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The added versions stay: versions are never deleted (ADR 0007).
            migrationBuilder.Sql(SqliteVersionCoalescing.Drop);
        }
    }
}
