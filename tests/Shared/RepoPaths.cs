namespace TravelRisk.Tests;

/// <summary>Folders of this repository, found from the test binaries by walking up to TravelRisk.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string DataFolder => Path.Combine(Root, "data");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TravelRisk.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("TravelRisk.sln not found above " + AppContext.BaseDirectory);
    }
}
