using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TravelRisk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExplanationFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Defaults are valid enum names so existing rows can be read before seeding sets each one from data/.
            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedNoLaterThan",
                table: "Warrants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedNotBefore",
                table: "Warrants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Offences",
                table: "Warrants",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "CoreCrimes");

            migrationBuilder.AddColumn<string>(
                name: "Ending",
                table: "WarrantEvents",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Withdrawn");

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "Situations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PreliminaryExaminationOpenedOn",
                table: "Situations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShortName",
                table: "Leaders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WithdrawalAnnouncedOn",
                table: "Countries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StatuteReadings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountryIso3 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DepositKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DepositedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InForceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignatureWithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalAnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalEffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalRevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatuteReadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatuteReadings_Countries_CountryIso3",
                        column: x => x.CountryIso3,
                        principalTable: "Countries",
                        principalColumn: "Iso3",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatuteReadings_CountryIso3",
                table: "StatuteReadings",
                column: "CountryIso3");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatuteReadings");

            migrationBuilder.DropColumn(
                name: "IssuedNoLaterThan",
                table: "Warrants");

            migrationBuilder.DropColumn(
                name: "IssuedNotBefore",
                table: "Warrants");

            migrationBuilder.DropColumn(
                name: "Offences",
                table: "Warrants");

            migrationBuilder.DropColumn(
                name: "Ending",
                table: "WarrantEvents");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Situations");

            migrationBuilder.DropColumn(
                name: "PreliminaryExaminationOpenedOn",
                table: "Situations");

            migrationBuilder.DropColumn(
                name: "ShortName",
                table: "Leaders");

            migrationBuilder.DropColumn(
                name: "WithdrawalAnnouncedOn",
                table: "Countries");
        }
    }
}
