using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TravelRisk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WarrantExecutedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ArrestedOn",
                table: "WarrantEvents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExecutedByIso3",
                table: "WarrantEvents",
                type: "character(3)",
                fixedLength: true,
                maxLength: 3,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ArrestedOn",
                table: "WarrantEvents");

            migrationBuilder.DropColumn(
                name: "ExecutedByIso3",
                table: "WarrantEvents");
        }
    }
}
