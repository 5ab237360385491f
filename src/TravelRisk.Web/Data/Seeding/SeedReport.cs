namespace TravelRisk.Web.Data.Seeding;

/// <summary>What one seeding run wrote. A second run over the same data/ writes nothing.</summary>
public sealed record SeedReport(int Added, int Updated)
{
    public bool ChangedNothing => Added == 0 && Updated == 0;
}
