using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TravelRisk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSeedDataFingerprint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DataFingerprint",
                table: "SeedRuns",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DataFingerprint",
                table: "SeedRuns");
        }
    }
}
