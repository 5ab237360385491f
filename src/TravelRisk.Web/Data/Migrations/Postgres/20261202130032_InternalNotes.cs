using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TravelRisk.Web.Data.Migrations.Postgres
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
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "WarrantEvents",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Trips",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "TripLegs",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Summits",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Situations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Leaders",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Findings",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Declarations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNotes",
                table: "Countries",
                type: "character varying(4000)",
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
