namespace TravelRisk.Web.Data.Seeding;

/// <summary>Where data/ is: <c>Data:Path</c>, or the copy the build puts beside the app.</summary>
public sealed class SeedDataSource(IConfiguration configuration, IHostEnvironment environment)
{
    public string Folder { get; } = ResolveFolder(configuration["Data:Path"], environment.ContentRootPath);

    public SeedData Load() => SeedDataReader.Read(Folder);

    static string ResolveFolder(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured, contentRoot);
        return Path.Combine(AppContext.BaseDirectory, "data");
    }
}
