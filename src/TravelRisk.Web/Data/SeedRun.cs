namespace TravelRisk.Web.Data;

/// <summary>
/// One seeding run from data/: when, and what it wrote. The last run that changed anything dates the data.
/// </summary>
public sealed class SeedRun
{
    public int Id { get; set; }
    public DateTime RanAtUtc { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
}
