using TravelRisk.Tests;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>A throw-away copy of data/ that a test may break on purpose.</summary>
public sealed class SeedFolder : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"travelrisk-data-{Guid.NewGuid():N}");

    public SeedFolder()
    {
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(RepoPaths.DataFolder, "*.csv"))
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
    }

    /// <summary>Appends one raw line to a file and returns its line number.</summary>
    public int AppendLine(string file, string line)
    {
        var path = System.IO.Path.Combine(Path, file);
        var text = File.ReadAllText(path);
        if (!text.EndsWith('\n'))
            text += "\n";
        File.WriteAllText(path, text + line + "\n");
        return File.ReadAllLines(path).Length;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
