using TravelRisk.Domain.Travel;

namespace TravelRisk.Domain.Tests.Travel;

public class TripReviewTests
{
    static TripSource Source(string outlet, string? url) => new() { Outlet = outlet, Url = url };

    static Trip TripWith(params TripSource[] sources) => new() { Slug = "t", HostIso3 = "KGZ", Sources = [.. sources] };

    [Fact]
    public void IndependentSources_DifferentOutletsOnDifferentSites_CountEach()
    {
        TripReview.IndependentSources(
            [Source("Reuters", "https://www.reuters.com/a"), Source("TASS", "https://tass.com/b")]).Should().Be(2);
    }

    [Theory]
    // same outlet, same site
    [InlineData("Reuters", "https://www.reuters.com/a", "Reuters", "https://www.reuters.com/b")]
    // same site, www. or not
    [InlineData("Reuters", "https://www.reuters.com/a", "Reuters Africa", "https://reuters.com/b")]
    // same outlet, another site
    [InlineData("Reuters", "https://www.reuters.com/a", "reuters", "https://news.example/b")]
    [InlineData("Kremlin", null, "Kremlin", null)] // known by outlet only
    public void IndependentSources_SameOutletOrSite_CountOnce(
        string outlet1,
        string? url1,
        string outlet2,
        string? url2)
    {
        TripReview.IndependentSources([Source(outlet1, url1), Source(outlet2, url2)]).Should().Be(1);
    }

    [Fact]
    public void AfterChange_OneSource_IsUnverified_TwoIndependent_IsCorroborated()
    {
        var trip = TripWith(Source("Reuters", "https://www.reuters.com/a"));
        TripReview.AfterChange(trip).Should().Be(ReviewState.Unverified);

        trip.Sources.Add(Source("Reuters", "https://www.reuters.com/b"));
        TripReview.AfterChange(trip).Should().Be(
            ReviewState.Unverified,
            "a second story by the same outlet is not independent");

        trip.Sources.Add(Source("Al Jazeera", "https://www.aljazeera.com/c"));
        TripReview.AfterChange(trip).Should().Be(ReviewState.Corroborated);
    }

    [Fact]
    public void AfterChange_VerifiedTripEdited_ReturnsToReview()
    {
        var trip = TripWith(Source("Reuters", "https://www.reuters.com/a"), Source("TASS", "https://tass.com/b"));
        trip.Review = ReviewState.Verified;

        TripReview.AfterChange(trip).Should().Be(ReviewState.Corroborated);
    }

    [Theory]
    [InlineData(ReviewState.Unverified, null, "corroborated")]
    [InlineData(ReviewState.Verified, null, "already verified")]
    [InlineData(ReviewState.Corroborated, "Duplicate", "retracted")]
    public void CannotVerify_ExplainsWhy(ReviewState review, string? retraction, string expected)
    {
        var trip = TripWith();
        trip.Review = review;
        trip.RetractionReason = retraction;

        TripReview.CannotVerify(trip).Should().Contain(expected);
    }

    [Fact]
    public void CannotVerify_CorroboratedStandingTrip_IsAllowed()
    {
        var trip = TripWith();
        trip.Review = ReviewState.Corroborated;

        TripReview.CannotVerify(trip).Should().BeNull();
    }

    [Fact]
    public void Compare_ReportsReviewAndRetraction()
    {
        var before = TripWith();
        var after = TripWith();
        after.Review = ReviewState.Corroborated;
        after.RetractionReason = "Duplicate of another record";

        TripDiff.Compare(before, after).Should().BeEquivalentTo([
            new FieldChange("review", "Unverified", "Corroborated"),
            new FieldChange("retractionReason", null, "Duplicate of another record"),
        ]);
    }

    [Fact]
    public void Compare_ReportsInternalNotesOfTripAndLegs_MarkedInternal()
    {
        var before = TripWith();
        before.Legs = [new TripLeg { Kind = LegKind.Transit, CountryIso3 = "UZB" }];
        var after = TripWith();
        after.Legs =
            [new TripLeg { Kind = LegKind.Transit, CountryIso3 = "UZB", InternalNotes = "stop not confirmed" }];
        after.InternalNotes = "searched, nothing found";
        after.Notes = "Expected.";

        var changes = TripDiff.Compare(before, after);

        changes.Should().BeEquivalentTo([
            new FieldChange("notes", null, "Expected."),
            new FieldChange("internalNotes", null, "searched, nothing found"),
            new FieldChange("legs[0].internalNotes", null, "stop not confirmed"),
        ]);
        changes.Where(TripDiff.IsInternal).Select(c => c.Field).Should()
            .Equal("internalNotes", "legs[0].internalNotes");
    }
}
