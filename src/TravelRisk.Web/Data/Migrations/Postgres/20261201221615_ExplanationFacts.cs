using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TravelRisk.Web.Data.Migrations.Postgres
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedNotBefore",
                table: "Warrants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Offences",
                table: "Warrants",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "CoreCrimes");

            migrationBuilder.AddColumn<string>(
                name: "Ending",
                table: "WarrantEvents",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Withdrawn");

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "Situations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PreliminaryExaminationOpenedOn",
                table: "Situations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShortName",
                table: "Leaders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WithdrawalAnnouncedOn",
                table: "Countries",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StatuteReadings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CountryIso3 = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DepositKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DepositedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InForceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignatureWithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalAnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalEffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalRevokedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
