using TravelRisk.Domain.Travel;

namespace TravelRisk.Domain.Tests.Travel;

public class TripValidationTests
{
    static Trip ValidTrip() => new()
    {
        Slug = "vladimir-putin-2023-10-kgz",
        LeaderId = 1,
        HostIso3 = "KGZ",
        StartDate = new(2023, 10, 12),
        EndDate = new(2023, 10, 13),
        Status = TripStatus.Reported,
        Confidence = Confidence.High,
        Sources = [new TripSource { Outlet = "Kremlin", Url = "http://en.kremlin.ru/" }],
    };

    [Fact]
    public void Validate_ValidTrip_ReturnsNoErrors()
    {
        ValidTrip().Validate().Should().BeEmpty();
    }

    [Fact]
    public void Validate_EndBeforeStart_NamesEndDate()
    {
        var trip = ValidTrip();
        trip.EndDate = trip.StartDate!.Value.AddDays(-1);

        trip.Validate().Should().ContainSingle().Which.Field.Should().Be("endDate");
    }

    [Fact]
    public void Validate_SameDayTrip_IsValid()
    {
        var trip = ValidTrip();
        trip.EndDate = trip.StartDate;

        trip.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Validate_UnknownDates_AreAllowed()
    {
        var trip = ValidTrip();
        trip.StartDate = null;
        trip.EndDate = null;

        trip.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Validate_EndKnownStartUnknown_IsAllowed()
    {
        var trip = ValidTrip();
        trip.StartDate = null;

        trip.Validate().Should().BeEmpty("a departure can be reported without the arrival");
    }

    [Fact]
    public void Validate_DelegatedWithoutRepresentative_NamesRepresentative()
    {
        var trip = ValidTrip();
        trip.Status = TripStatus.Delegated;

        trip.Validate().Should().ContainSingle().Which.Field.Should().Be("representative");
    }

    [Fact]
    public void Validate_DelegatedToTheLeaderHimself_IsRejected()
    {
        var trip = ValidTrip();
        trip.Status = TripStatus.Delegated;
        trip.RepresentativeId = trip.LeaderId;

        trip.Validate().Should().ContainSingle().Which.Message.Should().Contain("someone other");
    }

    [Fact]
    public void Validate_RepresentativeOnReportedTrip_IsRejected()
    {
        var trip = ValidTrip();
        trip.RepresentativeId = 2;

        trip.Validate().Should().ContainSingle().Which.Field.Should().Be("representative");
    }

    [Fact]
    public void Validate_NoSource_NamesSources()
    {
        var trip = ValidTrip();
        trip.Sources.Clear();

        trip.Validate().Should().ContainSingle().Which.Field.Should().Be("sources");
    }

    [Fact]
    public void Validate_LegOutsideTheTrip_NamesTheLeg()
    {
        var trip = ValidTrip();
        trip.Legs.Add(new TripLeg { Kind = LegKind.Transit, CountryIso3 = "KAZ", StartDate = new(2023, 10, 12) });
        trip.Legs.Add(new TripLeg { Kind = LegKind.Overflight, CountryIso3 = "KAZ", StartDate = new(2023, 11, 1) });

        trip.Validate().Should().ContainSingle().Which.Field.Should().Be("legs[1].startDate");
    }
}
