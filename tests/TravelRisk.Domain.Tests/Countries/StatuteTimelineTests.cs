using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Tests.Countries;

public class StatuteTimelineTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2002-04-11", "2002-07-01")] // the sixtieth instrument: Art. 126(1)
    [InlineData("1999-01-01", "2002-07-01")]
    [InlineData("2002-04-12", "2002-07-01")] // 60th day is 11 June: first day of the following month
    [InlineData("2023-11-14", "2024-02-01")] // Armenia: 60th day 13 January 2024
    [InlineData("2024-10-25", "2025-01-01")] // Ukraine: 60th day 24 December 2024
    [InlineData("2015-01-02", "2015-04-01")] // Palestine: 60th day 3 March 2015
    [InlineData("2003-01-31", "2003-05-01")] // 60th day is 1 April: entry into force is 1 May, not 1 April
    [InlineData("2003-03-02", "2003-06-01")] // 60th day is 1 May (the first of a month): still the month after
    public void EntryIntoForceFor_Deposit_FollowsArticle126(string deposited, string expected)
    {
        var inForce = StatuteTimeline.EntryIntoForceFor(D(deposited));

        inForce.Should().Be(D(expected));
    }

    static readonly StatuteTimeline SouthAfrica = new()
    {
        SignedOn = new(1998, 7, 17),
        DepositedOn = new(2000, 11, 27),
        DepositKind = DepositKind.Ratification,
        InForceOn = new(2002, 7, 1),
        WithdrawalNotifiedOn = new(2016, 10, 19),
        WithdrawalEffectiveOn = new(2017, 10, 19),
        WithdrawalRevokedOn = new(2017, 3, 7),
    };

    static readonly StatuteTimeline Burundi = new()
    {
        SignedOn = new(1999, 1, 13),
        DepositedOn = new(2004, 9, 21),
        DepositKind = DepositKind.Ratification,
        InForceOn = new(2004, 12, 1),
        WithdrawalNotifiedOn = new(2016, 10, 27),
        WithdrawalEffectiveOn = new(2017, 10, 27),
    };

    static readonly StatuteTimeline UnitedStates = new()
    {
        SignedOn = new(2000, 12, 31),
        SignatureWithdrawnOn = new(2002, 5, 6),
    };

    [Theory]
    [InlineData("2000-11-26", StatuteStatus.Signatory)]
    [InlineData("2000-11-27", StatuteStatus.PartyNotYetInForce)]
    [InlineData("2002-06-30", StatuteStatus.PartyNotYetInForce)]
    [InlineData("2002-07-01", StatuteStatus.Party)]
    [InlineData("2016-10-18", StatuteStatus.Party)]
    [InlineData("2016-10-19", StatuteStatus.PartyWithdrawing)]
    [InlineData("2017-03-06", StatuteStatus.PartyWithdrawing)]
    [InlineData("2017-03-07", StatuteStatus.Party)] // revoked before it took effect
    [InlineData("2023-08-22", StatuteStatus.Party)]
    public void StatusOn_SouthAfricaRevokedWithdrawal_IsPartyThroughout(string day, StatuteStatus expected)
    {
        SouthAfrica.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2017-10-26", StatuteStatus.PartyWithdrawing)]
    [InlineData("2017-10-27", StatuteStatus.Withdrawn)]
    [InlineData("2024-01-01", StatuteStatus.Withdrawn)]
    public void StatusOn_BurundiWithdrawal_TakesEffectOnItsDate(string day, StatuteStatus expected)
    {
        Burundi.StatusOn(D(day)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2000-12-30", StatuteStatus.NonSignatory)]
    [InlineData("2000-12-31", StatuteStatus.Signatory)]
    [InlineData("2002-05-05", StatuteStatus.Signatory)]
    [InlineData("2002-05-06", StatuteStatus.NonSignatory)]
    public void StatusOn_Unsigning_ReturnsNonSignatory(string day, StatuteStatus expected)
    {
        UnitedStates.StatusOn(D(day)).Should().Be(expected);
    }

    [Fact]
    public void StatusOn_NoDates_IsNonSignatory()
    {
        new StatuteTimeline().StatusOn(new DateOnly(2024, 1, 1)).Should().Be(StatuteStatus.NonSignatory);
    }

    [Fact]
    public void WithdrawalRevokedBeforeEffect_RevocationAfterEffect_IsFalse()
    {
        var timeline = Burundi with { WithdrawalRevokedOn = new(2018, 1, 1) };

        timeline.WithdrawalRevokedBeforeEffect.Should().BeFalse();
        timeline.StatusOn(new(2018, 6, 1)).Should().Be(StatuteStatus.Withdrawn);
    }

    // Art. 127(1): a notified withdrawal with no recorded effective date takes effect one year after notification.
    [Theory]
    [InlineData("2026-07-23", StatuteStatus.PartyWithdrawing)]
    [InlineData("2026-07-24", StatuteStatus.Withdrawn)]
    public void StatusOn_NotifiedWithdrawalWithoutEffectiveDate_TakesEffectAfterOneYear(
        string day,
        StatuteStatus expected)
    {
        var timeline = Burundi with { WithdrawalNotifiedOn = new(2025, 7, 24), WithdrawalEffectiveOn = null };

        timeline.WithdrawalTakesEffectOn.Should().Be(new DateOnly(2026, 7, 24));
        timeline.WithdrawalEffectComputed.Should().BeTrue();
        timeline.StatusOn(D(day)).Should().Be(expected);
    }

    [Fact]
    public void WithdrawalRevokedBeforeEffect_WithoutEffectiveDate_ComparesWithTheComputedDate()
    {
        var revokedInTime = SouthAfrica with { WithdrawalEffectiveOn = null };
        var revokedTooLate = SouthAfrica with { WithdrawalEffectiveOn = null, WithdrawalRevokedOn = new(2017, 10, 20) };

        revokedInTime.WithdrawalRevokedBeforeEffect.Should().BeTrue();
        revokedInTime.StatusOn(new(2018, 1, 1)).Should().Be(StatuteStatus.Party);
        revokedTooLate.WithdrawalRevokedBeforeEffect.Should().BeFalse();
        revokedTooLate.StatusOn(new(2018, 1, 1)).Should().Be(StatuteStatus.Withdrawn);
    }
}
