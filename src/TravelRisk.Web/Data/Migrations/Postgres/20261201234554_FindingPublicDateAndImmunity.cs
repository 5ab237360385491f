using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TravelRisk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FindingPublicDateAndImmunity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OnImmunity",
                table: "Findings",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublicOn",
                table: "Findings",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OnImmunity",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "PublicOn",
                table: "Findings");
        }
    }
}
