using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Travel;
using TravelRisk.Tests;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Tests.Dataset;

/// <summary>The dataset's own acceptance checks, run over the committed data/ files.</summary>
public class DatasetTests
{
    static readonly SeedData Data = SeedDataReader.Read(RepoPaths.DataFolder);

    [Fact]
    public void Countries_EveryUnMemberAndObserverAndNonMemberPartyOnce()
    {
        Data.Countries.Should().HaveCount(196);
        Data.Countries.Count(c => c.UnStatus == UnStatus.Member).Should().Be(193);
        Data.Countries.Count(c => c.UnStatus == UnStatus.Observer).Should().Be(2);
        Data.Countries.Where(c => c.UnStatus == UnStatus.NonMember).Select(c => c.Iso3).Should().Equal("COK");
        Data.Countries.Select(c => c.Iso3).Should().OnlyHaveUniqueItems();
        Data.Countries.Select(c => c.Iso2).Should().OnlyHaveUniqueItems();
        Data.Countries.Select(c => c.Iso3).Should().Contain(["VAT", "PSE", "ZAF", "KGZ", "MNG", "RUS", "UKR"]);
    }

    [Fact]
    public void Countries_EntryIntoForceFollowsArticle126OrIsExplained()
    {
        var unexplained = Data.Countries
            .Where(c => c.Timeline.DepositedOn is { } deposited
                && c.Timeline.InForceOn != StatuteTimeline.EntryIntoForceFor(deposited))
            .Where(c => c.Notes is null || !c.Notes.Contains("126", StringComparison.Ordinal))
            .Select(c => $"{c.Iso3}: deposited {c.Timeline.DepositedOn}, in force {c.Timeline.InForceOn}")
            .ToList();

        unexplained.Should().BeEmpty("every exception to Art. 126(2) is explained in the row's notes");
    }

    [Fact]
    public void Countries_KnownTimelines()
    {
        var byIso3 = Data.Countries.ToDictionary(c => c.Iso3);

        byIso3["ZAF"].Timeline.WithdrawalRevokedOn.Should().Be(new DateOnly(2017, 3, 7));
        byIso3["BDI"].Timeline.WithdrawalEffectiveOn.Should().Be(new DateOnly(2017, 10, 27));
        byIso3["PHL"].Timeline.WithdrawalEffectiveOn.Should().Be(new DateOnly(2019, 3, 17));
        byIso3["UKR"].Timeline.InForceOn.Should().Be(new DateOnly(2025, 1, 1));
        byIso3["ARM"].Timeline.InForceOn.Should().Be(new DateOnly(2024, 2, 1));
        byIso3["MNG"].StatusOn(new DateOnly(2024, 9, 3)).Should().Be(StatuteStatus.Party);
        byIso3["KGZ"].StatusOn(new DateOnly(2023, 10, 12)).Should().Be(StatuteStatus.Signatory);
        byIso3["RUS"].Timeline.SignatureWithdrawnOn.Should().Be(new DateOnly(2016, 11, 30));
        byIso3["USA"].Timeline.SignatureWithdrawnOn.Should().Be(new DateOnly(2002, 5, 6));
    }

    [Fact]
    public void EveryRow_HasASource()
    {
        Data.Countries.Should().OnlyContain(c => IsUrl(c.Source));
        Data.Declarations.Should().OnlyContain(d => IsUrl(d.Source));
        Data.Situations.Should().OnlyContain(s => IsUrl(s.Source));
        Data.Leaders.Should().OnlyContain(l => IsUrl(l.Source));
        Data.Positions.Should().OnlyContain(p => IsUrl(p.Position.Source));
        Data.Warrants.Should().OnlyContain(w => IsUrl(w.Warrant.Source));
        Data.WarrantEvents.Should().OnlyContain(e => IsUrl(e.Source));
        Data.Summits.Should().OnlyContain(s => IsUrl(s.Source));
        Data.Findings.Should().OnlyContain(f => IsUrl(f.Finding.Source));
        Data.Trips.Should().OnlyContain(t =>
            t.Trip.Sources.Count > 0 && t.Trip.Sources.All(s => IsUrl(s.Url) || s.Outlet.Length > 0));
        Data.Trips.Where(t => t.Trip.Sources.All(s => s.Url is null)).Should()
            .NotContain(
                t => t.Trip.Confidence == Confidence.High,
                "a trip known only by an outlet's name cannot have High confidence");
    }

    [Fact]
    public void References_PointAtRowsThatExist()
    {
        var countries = Data.Countries.Select(c => c.Iso3).ToHashSet();
        var leaders = Data.Leaders.Select(l => l.Slug).ToHashSet();
        var summits = Data.Summits.Select(s => s.Slug).ToHashSet();
        var situations = Data.Situations.Select(s => s.Code).ToHashSet();

        Data.Trips.Should().OnlyContain(t => leaders.Contains(t.LeaderSlug) && countries.Contains(t.Trip.HostIso3)
            && (t.SummitSlug == null || summits.Contains(t.SummitSlug))
            && (t.RepresentativeSlug == null || leaders.Contains(t.RepresentativeSlug)));
        Data.Trips.SelectMany(t => t.Trip.Legs).Should().OnlyContain(l => countries.Contains(l.CountryIso3));
        Data.Warrants.Should().OnlyContain(w =>
            leaders.Contains(w.LeaderSlug) && situations.Contains(w.Warrant.SituationCode));
        Data.Situations.SelectMany(s => s.TerritoryIso3.Concat(s.BoundIso3)).Should()
            .OnlyContain(iso3 => countries.Contains(iso3));
        var trips = Data.Trips.ToDictionary(t => t.Trip.Slug);
        Data.Findings.Should().OnlyContain(f => countries.Contains(f.Finding.CountryIso3)
            && leaders.Contains(f.LeaderSlug)
            && (f.TripSlug == null
                || (trips[f.TripSlug].LeaderSlug == f.LeaderSlug
                    && trips[f.TripSlug].Trip.HostIso3 == f.Finding.CountryIso3)));
    }

    [Fact]
    public void Findings_KnownDecisions()
    {
        var findings = Data.Findings.ToDictionary(f => f.Finding.Code);

        findings["mng-vladimir-putin-2024"].Finding.DecidedOn.Should().Be(new DateOnly(2024, 10, 24));
        findings["mng-vladimir-putin-2024"].Finding.ReferredTo.Should().Equal("ASP");
        findings["zaf-omar-al-bashir-2017"].Finding.ReferredTo.Should()
            .BeEmpty("South Africa was found in breach but not referred");
        findings["jor-omar-al-bashir-2019"].Finding.Kind.Should()
            .Be(TravelRisk.Domain.Cases.FindingKind.ReferralReversed);
    }

    [Fact]
    public void Trips_FoundingEventsArePresent()
    {
        var putin = Data.Trips.Where(t => t.LeaderSlug == "vladimir-putin").ToList();

        putin.Should().Contain(t => t.Trip.HostIso3 == "ZAF"
            && t.Trip.StartDate == new DateOnly(2023, 8, 22)
            && t.Trip.Status == TripStatus.Delegated
            && t.RepresentativeSlug == "sergey-lavrov");
        putin.Should().Contain(t => t.Trip.HostIso3 == "TUR"
            && t.Trip.StartDate == new DateOnly(2023, 6, 3)
            && t.RepresentativeSlug == "vyacheslav-volodin");
        putin.Should().Contain(t => t.Trip.HostIso3 == "IND"
            && t.Trip.StartDate == new DateOnly(2023, 7, 4)
            && t.Trip.Status == TripStatus.Virtual);
        putin.Should().Contain(t => t.Trip.HostIso3 == "IND"
            && t.Trip.StartDate == new DateOnly(2023, 9, 9)
            && t.Trip.Status == TripStatus.Delegated);
        putin.Should().Contain(t => t.Trip.HostIso3 == "KGZ"
            && t.Trip.StartDate == new DateOnly(2023, 10, 12)
            && t.Trip.Status == TripStatus.Reported);
        putin.Should().Contain(t => t.Trip.HostIso3 == "CHN" && t.Trip.StartDate == new DateOnly(2023, 10, 17));
        putin.Should().Contain(t => t.Trip.HostIso3 == "PRK" && t.Trip.StartDate!.Value.Year == 2024);
        putin.Should().Contain(t => t.Trip.HostIso3 == "VNM" && t.Trip.StartDate!.Value.Year == 2024);
        putin.Should().Contain(t => t.Trip.HostIso3 == "KAZ" && t.Trip.StartDate == new DateOnly(2024, 7, 3));
        putin.Should().Contain(t => t.Trip.HostIso3 == "MNG" && t.Trip.StartDate!.Value.Year == 2024);
        putin.Should().Contain(t => t.Trip.HostIso3 == "KGZ" && t.Trip.StartDate!.Value.Year == 2022);
        putin.Should().Contain(t => t.Trip.HostIso3 == "BLR" && t.Trip.StartDate == new DateOnly(2022, 12, 19));
    }

    [Fact]
    public void Trips_DelegatedOnesNameTheirRepresentative()
    {
        Data.Trips.Where(t => t.Trip.Status == TripStatus.Delegated).Should()
            .OnlyContain(t => t.RepresentativeSlug != null);
    }

    static bool IsUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
