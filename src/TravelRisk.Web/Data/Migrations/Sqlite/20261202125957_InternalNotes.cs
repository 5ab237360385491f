using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TravelRisk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InternalNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Warrants",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "WarrantEvents",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Trips",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "TripLegs",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Summits",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Situations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Leaders",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Findings",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Declarations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Countries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "Warrants");

            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "WarrantEvents");

            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "Trips");

            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "TripLegs");

            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "Summits");

            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "Situations");

            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "Leaders");

            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "InternalNotes",
                table: "Countries");
        }
    }
}
