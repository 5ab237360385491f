using TravelRisk.Web.Security;

namespace TravelRisk.Web.Cli;

/// <summary>
/// <c>user create --email EMAIL --role Viewer|Analyst|Editor|Admin --password-stdin</c>: creates an account (the
/// first admin, typically). The password is read from standard input, never from the command line or the repository.
/// </summary>
public static class UserCommands
{
    public const string Usage = "usage: user create --email EMAIL --role Viewer|Analyst|Editor|Admin " +
        "--password-stdin   (the password is read from standard input)";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["user", "create", "--email", var email, "--role", var role, "--password-stdin", ..]
            || !Roles.All.Contains(role))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var password = (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password on standard input, e.g.: echo \"$PASSWORD\" | dotnet run " +
                "--project src/TravelRisk.Web -- user create ...");
            return 2;
        }

        await using var app = await CommandHost.StartAsync(args[7..]);
        var created = await app.Services.GetRequiredService<AccountAdmin>()
            .CreateAsync(email, password, role, CancellationToken.None);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync("The account was not created: " +
                $"{string.Join(" ", created.Errors.Select(e => e.Description))}");
            return 1;
        }
        Console.WriteLine($"Created {role} account {email}.");
        return 0;
    }
}
