using TravelRisk.Domain.Cases;

namespace TravelRisk.Domain.Tests.Cases;

public class WarrantTests
{
    static Warrant Putin() => new()
    {
        Code = "vladimir-putin-2023",
        SituationCode = "ukraine",
        IssuedOn = new(2023, 3, 17),
        Source = "https://www.icc-cpi.int/"
    };

    [Fact]
    public void StatusOn_DayBeforeIssue_IsNull()
    {
        Putin().StatusOn(new(2023, 3, 16)).Should().BeNull();
    }

    [Fact]
    public void StatusOn_DayOfIssue_IsOutstanding()
    {
        Putin().IsOutstandingOn(new(2023, 3, 17)).Should().BeTrue();
    }

    [Fact]
    public void StatusOn_AfterWithdrawal_IsWithdrawn()
    {
        var warrant = Putin();
        warrant.Events.Add(new WarrantEvent
        {
            WarrantCode = warrant.Code,
            Status = WarrantStatus.Withdrawn,
            On = new(2030, 1, 2),
            Source = "https://example.org"
        });

        warrant.StatusOn(new(2030, 1, 1)).Should().Be(WarrantStatus.Outstanding);
        warrant.StatusOn(new(2030, 1, 2)).Should().Be(WarrantStatus.Withdrawn);
        warrant.IsOutstandingOn(new(2030, 1, 2)).Should().BeFalse();
    }

    [Fact]
    public void StatusOn_UnknownIssueDate_CountsFromPublication()
    {
        var warrant = Putin();
        warrant.IssuedOn = null;
        warrant.PublicOn = new(2024, 10, 4);

        warrant.StatusOn(new(2024, 10, 3)).Should().BeNull();
        warrant.StatusOn(new(2024, 10, 4)).Should().Be(WarrantStatus.Outstanding);
    }

    [Fact]
    public void StatusOn_EventWithUnknownDate_IsIgnored()
    {
        var warrant = Putin();
        warrant.Events.Add(new WarrantEvent
        {
            WarrantCode = warrant.Code,
            Status = WarrantStatus.Executed,
            On = null,
            Source = "https://example.org"
        });

        warrant.StatusOn(new(2040, 1, 1)).Should().Be(WarrantStatus.Outstanding);
    }
}
