using System.Net;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class ApiKeyCommandTests
{
    [Fact]
    public async Task CreateThenRevoke_FromTheCommandLine_KeyWorksThenStops()
    {
        await using var app = new TravelRiskApp();
        using var client = app.CreateClient();

        var created = await AppProcess.RunUntilExitAsync(
            ["apikey", "create", "--name", "newsroom", .. app.DatabaseArguments]);

        created.ExitCode.Should().Be(0, created.StandardError);
        var key = created.StandardOutput.TrimEnd().Split('\n')[^1].Trim();
        key.Should().StartWith("trk_").And.HaveLength(47);
        (await PostAsync(client, key)).Should()
            .Be(HttpStatusCode.BadRequest, "the key is accepted; the empty trip is not");

        var duplicate = await AppProcess.RunUntilExitAsync(
            ["apikey", "create", "--name", "newsroom", .. app.DatabaseArguments]);
        duplicate.ExitCode.Should().Be(1);

        var revoked = await AppProcess.RunUntilExitAsync(
            ["apikey", "revoke", "--name", "newsroom", .. app.DatabaseArguments]);
        revoked.ExitCode.Should().Be(0, revoked.StandardError);
        (await PostAsync(client, key)).Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("apikey", "create")]
    [InlineData("apikey", "create", "--name", "has space")]
    [InlineData("apikey", "rotate", "--name", "x")]
    public async Task BadArguments_Usage(params string[] args)
    {
        var outcome = await AppProcess.RunUntilExitAsync(args);

        outcome.ExitCode.Should().Be(2);
        outcome.StandardError.Should().Contain("usage: apikey create --name NAME");
    }

    static async Task<HttpStatusCode> PostAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/trips")
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
