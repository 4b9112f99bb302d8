using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PainCare.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RetireXminToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
