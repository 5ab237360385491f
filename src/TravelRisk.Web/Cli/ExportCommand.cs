using TravelRisk.Web.Services.Export;

namespace TravelRisk.Web.Cli;

/// <summary>
/// <c>data export --format ftm [--output FILE]</c>: the record in the configured database (trips as analysts left
/// them, not only data/) as FollowTheMoney JSON lines, the same bytes as GET /api/v1/export/ftm.jsonl.
/// </summary>
public static class ExportCommand
{
    const string Usage = "usage: data export --format ftm [--output FILE]   (plus any app setting, " +
        "e.g. --ConnectionStrings:TravelRisk=...)";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["data", "export", "--format", "ftm", .. var rest] || rest is not ([] or ["--output", _, ..]))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var output = rest is ["--output", var file, ..] ? file : null;
        await using var app = await CommandHost.StartAsync(output is null ? rest : rest[2..]);
        var export = app.Services.GetRequiredService<FtmExport>();
        await using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        await FtmExport.WriteJsonLinesAsync(
            export.EntitiesAsync(CancellationToken.None),
            stream,
            CancellationToken.None);
        if (output is not null)
            await Console.Error.WriteLineAsync($"Wrote {Path.GetFullPath(output)}");
        return 0;
    }
}
