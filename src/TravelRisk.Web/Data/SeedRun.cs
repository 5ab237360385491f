using System.ComponentModel.DataAnnotations;

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

    /// <summary>
    /// The fingerprint of data/ and of the build that compared it with the database (SeedDataSource.Fingerprint);
    /// a start that finds the same on the latest run skips reading and comparing data/ again. Null on runs made
    /// before it was recorded.
    /// </summary>
    [MaxLength(64)]
    public string? DataFingerprint { get; set; }
}
