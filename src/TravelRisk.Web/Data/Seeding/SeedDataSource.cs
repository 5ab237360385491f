using System.Security.Cryptography;
using System.Text;

namespace TravelRisk.Web.Data.Seeding;

/// <summary>Where data/ is: <c>Data:Path</c>, or the copy the build puts beside the app.</summary>
public sealed class SeedDataSource(IConfiguration configuration, IHostEnvironment environment)
{
    public string Folder { get; } = ResolveFolder(configuration["Data:Path"], environment.ContentRootPath);

    public SeedData Load() => SeedDataReader.Read(Folder);

    /// <summary>
    /// SHA-256 of every data/ file's name and bytes and of this build's identity (its module version id, which a
    /// deterministic build changes exactly when its code does): the same fingerprint means the same files read by the
    /// same seeding code, so the same outcome. Null when the folder is missing (then Load says what is wrong).
    /// </summary>
    public string? Fingerprint()
    {
        if (!Directory.Exists(Folder))
            return null;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(typeof(SeedDataSource).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in Directory.EnumerateFiles(Folder, "*.csv").Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\0"));
            sha.AppendData(File.ReadAllBytes(file));
            sha.AppendData("\0"u8);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    static string ResolveFolder(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured, contentRoot);
        return Path.Combine(AppContext.BaseDirectory, "data");
    }
}
