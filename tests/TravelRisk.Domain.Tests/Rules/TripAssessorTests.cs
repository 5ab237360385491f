using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using static TravelRisk.Domain.Tests.Rules.Facts;

namespace TravelRisk.Domain.Tests.Rules;

public class TripAssessorTests
{
    static readonly Dictionary<string, Country> Countries =
        new[] { SouthAfrica, Kyrgyzstan, China, Russia, Hungary, Ukraine, Burundi }
        .ToDictionary(c => c.Iso3);

    static Trip Trip(string host, string start, string? end = null) => new()
    {
        Slug = "t",
        HostIso3 = host,
        StartDate = D(start),
        EndDate = end is null ? null : D(end),
        Status = TripStatus.Reported,
    };

    [Fact]
    public void Assess_StayCrossingTheWarrantsIssue_DecidedByTheFirstWantedDay()
    {
        var trip = Trip("ZAF", "2023-03-15", "2023-03-19");

        var result = TripAssessor.Assess(trip, Countries, Putin);

        result.Decision.Obligation.Should().Be(Obligation.ArrestRequired);
        result.Day.Should().Be(D("2023-03-17"));
        result.CountryIso3.Should().Be("ZAF");
        result.Leg.Should().BeNull();
    }

    [Fact]
    public void Assess_TransitThroughAStateParty_DecidesTheTrip()
    {
        var trip = Trip("CHN", "2024-05-16", "2024-05-17");
        trip.Legs.Add(new TripLeg { Kind = LegKind.Transit, CountryIso3 = "HUN", StartDate = D("2024-05-16") });

        var result = TripAssessor.Assess(trip, Countries, Putin);

        (result.Decision.Obligation, result.CountryIso3, result.Leg).Should()
            .Be((Obligation.ArrestRequired, "HUN", LegKind.Transit));
    }

    [Fact]
    public void Assess_OverflightOfAStateParty_IsNeverAnArrestObligation()
    {
        var trip = Trip("CHN", "2024-05-16");
        trip.Legs.Add(new TripLeg { Kind = LegKind.Overflight, CountryIso3 = "HUN", StartDate = D("2024-05-16") });

        var result = TripAssessor.Assess(trip, Countries, Putin);

        (result.Decision.Obligation, result.CountryIso3).Should().Be((Obligation.NoTreatyObligation, "CHN"));
    }

    [Fact]
    public void Assess_UnknownEndDate_AssessesTheStartDay()
    {
        var result = TripAssessor.Assess(Trip("KGZ", "2023-10-12"), Countries, Putin);

        (result.Decision.Obligation, result.Day).Should().Be((Obligation.NoTreatyObligation, D("2023-10-12")));
    }

    [Fact]
    public void Assess_OnlyEndDateKnown_AssessesThatDay()
    {
        var trip = Trip("ZAF", "2023-08-24");
        trip.EndDate = trip.StartDate;
        trip.StartDate = null;

        var result = TripAssessor.Assess(trip, Countries, Putin);

        (result.Decision.Obligation, result.Day).Should().Be((Obligation.ArrestRequired, D("2023-08-24")));
    }

    [Fact]
    public void Assess_UnknownDates_Undetermined()
    {
        var trip = Trip("ZAF", "2023-08-22");
        trip.StartDate = null;

        var result = TripAssessor.Assess(trip, Countries, Putin);

        (result.Decision.Obligation, result.Decision.Reason, result.Day).Should()
            .Be((Obligation.Undetermined, ObligationReason.DatesUnknown, (DateOnly?)null));
    }
}
