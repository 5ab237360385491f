using TravelRisk.Web;
using TravelRisk.Web.Cli;

if (await CommandLine.TryRunAsync(args) is { } exitCode)
    return exitCode;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddTravelRisk();

    var app = builder.Build();
    app.MapTravelRisk();
    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    // Configuration and data problems get one clear line, not a stack trace.
    Console.Error.WriteLine($"TravelRisk cannot start: {e.Message}");
    return 1;
}

public partial class Program;
