using TravelRisk.Web.Data;
using TravelRisk.Web.Security;

namespace TravelRisk.Web.Cli;

/// <summary>
/// <c>apikey create --name NAME</c> prints a new key once, as its last line; <c>apikey revoke --name NAME</c>.
/// Runs against the configured database (same settings as the app), migrating it first if start-up migration is on.
/// </summary>
public static class ApiKeyCommands
{
    public const string Usage = "usage: apikey create --name NAME | apikey revoke --name NAME   (plus any app " +
        "setting, e.g. --ConnectionStrings:TravelRisk=...)";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [_, "create" or "revoke", "--name", var name, ..] || !ApiKeys.IsValidName(name))
        {
            await Console.Error.WriteLineAsync($"{Usage}\nA name is {ApiKeys.NameRule}.");
            return 2;
        }

        await using var app = await CommandHost.StartAsync(args[4..]);
        var keys = app.Services.GetRequiredService<ApiKeys>();
        if (args[1] == "create")
        {
            var key = await keys.CreateAsync(name, CancellationToken.None);
            if (key is null)
            {
                await Console.Error.WriteLineAsync($"An active key named '{name}' exists; revoke it first or choose " +
                    "another name.");
                return 1;
            }
            Console.WriteLine($"Created API key '{name}'. It is shown only now; send it in the X-Api-Key header:");
            Console.WriteLine(key);
            return 0;
        }

        if (!await keys.RevokeAsync(name, CancellationToken.None))
        {
            await Console.Error.WriteLineAsync($"No active key named '{name}'.");
            return 1;
        }
        Console.WriteLine($"Revoked API key '{name}'.");
        return 0;
    }
}
