using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

using TravelRisk.Web.Data;

namespace TravelRisk.Web.Security;

/// <summary>
/// Authenticates REST writes by the X-Api-Key header. The principal's name is "api:&lt;key name&gt;", which is
/// the actor recorded in trip revisions. A missing, unknown or revoked key gets a 401 problem+json.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values)
            || values.Count == 0
            || string.IsNullOrWhiteSpace(values[0]))
            return AuthenticateResult.NoResult();

        var name = await keys.FindActiveAsync(values[0]!.Trim(), Context.RequestAborted);
        if (name is null)
            return AuthenticateResult.Fail("Unknown or revoked API key.");

        var identity =
            new ClaimsIdentity([new Claim(ClaimTypes.Name, $"api:{name}"), new Claim("api_key", name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var sent = Request.Headers.ContainsKey(Header);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "An API key is required",
                Detail = sent
                    ? $"The key in {Header} is unknown or has been revoked."
                    : $"Send a key in the {Header} header. Keys are created with: dotnet run --project " +
                        "src/TravelRisk.Web -- apikey create --name NAME",
            },
        });
    }
}
