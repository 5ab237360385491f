using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Cases;
using TravelRisk.Web.Data.Seeding;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Seeding;

/// <summary>The facts the explanations rest on, as seeding reads and checks them: readings, endings, bounds.</summary>
public class ExplanationFactsSeedingTests
{
    [Fact]
    public void Read_OtherReadingOfAnUndisputedState_IsRefused()
    {
        using var data = new SeedFolder();
        var line = data.AppendLine(
            "statute_readings.csv",
            "FRA,a source gives another date,,2000-06-10,,,,,,,https://example.org/france");

        var read = () => SeedDataReader.Read(data.Path);

        read.Should().Throw<SeedDataException>()
            .WithMessage($"*statute_readings.csv, line {line}, column 'iso3'*marked disputed*");
    }

    [Fact]
    public void Read_OtherReadingThatChangesNothing_IsRefused()
    {
        using var data = new SeedFolder();
        data.AppendLine(
            "statute_readings.csv",
            "BRA,the same dates again,,2002-06-20,,,,,,,https://example.org/brazil");

        var read = () => SeedDataReader.Read(data.Path);

        read.Should().Throw<SeedDataException>().WithMessage("*changes nothing*");
    }

    [Fact]
    public void Read_OtherReadingWithAnotherDeposit_MovesEntryIntoForceByArticle126()
    {
        var brazil = SeedDataReader.Read(TravelRisk.Tests.RepoPaths.DataFolder).StatuteReadings
            .Single(r => r.CountryIso3 == "BRA");

        brazil.Timeline.DepositedOn.Should().Be(new DateOnly(2002, 7, 20));
        brazil.Timeline.InForceOn.Should().Be(
            new DateOnly(2002, 10, 1),
            "the 60th day after 20 July 2002 is 18 September");
    }

    [Fact]
    public void Read_NoneInAReading_RemovesTheRecordedDate()
    {
        var hungary = SeedDataReader.Read(TravelRisk.Tests.RepoPaths.DataFolder).StatuteReadings
            .Single(r => r.CountryIso3 == "HUN");

        hungary.Timeline.WithdrawalRevokedOn.Should().BeNull("that reading has no revocation");
        hungary.Timeline.WithdrawalNotifiedOn.Should().Be(new DateOnly(2025, 6, 2), "the rest of the record is kept");
    }

    [Fact]
    public void Read_EndingThatContradictsTheStatus_IsRefused()
    {
        using var data = new SeedFolder();
        var line = data.AppendLine(
            "warrant_events.csv",
            "vladimir-putin-2023,Executed,ProceedingsTerminatedAfterDeath,2030-01-01,,,https://example.org/x,,");

        var read = () => SeedDataReader.Read(data.Path);

        read.Should().Throw<SeedDataException>()
            .WithMessage($"*warrant_events.csv, line {line}, column 'ending'*goes with the status Withdrawn*");
    }

    [Fact]
    public void Read_ExecutionByAnUnknownState_IsRefused()
    {
        using var data = new SeedFolder();
        var line = data.AppendLine(
            "warrant_events.csv",
            "vladimir-putin-2023,Executed,Surrendered,2030-01-02,XXX,2030-01-01,https://example.org/x,,");

        var read = () => SeedDataReader.Read(data.Path);

        read.Should().Throw<SeedDataException>()
            .WithMessage($"*warrant_events.csv, line {line}, column 'executed_by'*XXX*");
    }

    [Fact]
    public void Read_ArrestAfterTheSurrender_IsRefused()
    {
        using var data = new SeedFolder();
        var line = data.AppendLine(
            "warrant_events.csv",
            "vladimir-putin-2023,Executed,Surrendered,2030-01-01,ZAF,2030-01-02,https://example.org/x,,");

        var read = () => SeedDataReader.Read(data.Path);

        read.Should().Throw<SeedDataException>()
            .WithMessage($"*warrant_events.csv, line {line}, column 'arrested_on'*after the surrender*");
    }

    [Fact]
    public void Read_BoundsBesideAKnownIssueDate_AreRefused()
    {
        using var data = new SeedFolder();
        var line = data.AppendLine(
            "warrants.csv",
            "test-warrant-2023,vladimir-putin,ukraine,CoreCrimes,,2023-03-17,2023-01-01,,2023-03-17," +
            "https://example.org/w,,");

        var read = () => SeedDataReader.Read(data.Path);

        read.Should().Throw<SeedDataException>()
            .WithMessage($"*warrants.csv, line {line}, column 'issued_not_before'*");
    }

    [Fact]
    public async Task Seed_CorrectedEventDate_ReplacesTheOldRowInsteadOfAddingASecond()
    {
        using var data = new SeedFolder();
        await using var app = new TravelRiskApp(data.Path);
        app.CreateClient().Dispose();
        var events = Path.Combine(data.Path, "warrant_events.csv");
        File.WriteAllText(events, File.ReadAllText(events).Replace(
            "dominic-ongwen-2005,Executed,Surrendered,2015-01-17",
            "dominic-ongwen-2005,Executed,Surrendered,2015-01-18",
            StringComparison.Ordinal));

        await app.QueryAsync(db =>
            app.Services.GetRequiredService<DataSeeder>().SeedAsync(db, CancellationToken.None));

        var dates = await app.QueryAsync(db => db.WarrantEvents
            .Where(e => e.WarrantCode == "dominic-ongwen-2005")
            .Select(e => e.On)
            .ToListAsync());
        dates.Should().Equal(new DateOnly(2015, 1, 18));
    }

    [Fact]
    public async Task Start_SeedsTheNewFacts()
    {
        await using var app = new TravelRiskApp();
        app.CreateClient().Dispose();

        var (readings, kani, ukraine) = await app.QueryAsync(async db => (
            await db.StatuteReadings.CountAsync(),
            await db.Warrants.SingleAsync(w => w.Code == "abdurahem-al-kani-2023"),
            await db.Situations.SingleAsync(s => s.Code == "ukraine")));

        readings.Should().BeGreaterThan(15);
        (kani.IssuedOn, kani.IssuedNotBefore, kani.IssuedNoLaterThan).Should()
            .Be((null, new DateOnly(2023, 4, 6), new DateOnly(2023, 7, 28)));
        kani.Offences.Should().Be(WarrantOffences.CoreCrimes);
        (ukraine.Name, ukraine.Number).Should().Be(("Situation in Ukraine", "ICC-01/22"));
    }
}
