using System.Diagnostics;
using TravelRisk.Tests;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>
/// Runs the built app as a real process, the way a user starts it, for start-up failures: what the user sees is
/// the process's exit code and its last line on stderr, which WebApplicationFactory cannot show.
/// </summary>
public static class AppProcess
{
    public sealed record Outcome(int ExitCode, string StandardError, string StandardOutput);

    public static Task<Outcome> RunUntilExitAsync(params string[] args) => RunWithInputUntilExitAsync(null, args);

    /// <summary>
    /// Runs the app with <paramref name="args"/>, writing <paramref name="standardInput"/> (if any) to it.
    /// </summary>
    public static async Task<Outcome> RunWithInputUntilExitAsync(string? standardInput, params string[] args)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var dll = Path.Combine(
            RepoPaths.Root,
            "src",
            "TravelRisk.Web",
            "bin",
            configuration,
            "net10.0",
            "TravelRisk.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args.Append("--urls").Append("http://127.0.0.1:0"))
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";

        using var process = Process.Start(start)!;
        if (standardInput is not null)
            await process.StandardInput.WriteLineAsync(standardInput);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        // A guard against a hang, not a speed check: a command migrates and re-reads data/ before it runs (~5 s alone,
        // over 60 s seen on a loaded CI machine running the PostgreSQL tests in parallel).
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app ({string.Join(' ', args.Take(2))}) did not exit within 3 minutes.");
        }
        return new Outcome(process.ExitCode, await stderr, await stdout);
    }
}
