using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TravelRisk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddReviewAndRetraction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RetractionReason",
                table: "Trips",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            // Trips stored before review states existed start Unverified; the next change to each sets its state.
            migrationBuilder.AddColumn<string>(
                name: "Review",
                table: "Trips",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Unverified");

            migrationBuilder.CreateIndex(
                name: "IX_Trips_Review",
                table: "Trips",
                column: "Review");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Trips_Review",
                table: "Trips");

            migrationBuilder.DropColumn(
                name: "RetractionReason",
                table: "Trips");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "Trips");
        }
    }
}
