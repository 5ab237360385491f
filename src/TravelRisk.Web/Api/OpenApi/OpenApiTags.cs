using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>A line on each group of endpoints (the endpoints' WithTags), shown as the section's heading text.</summary>
public sealed class OpenApiTags : IDocumentFilter
{
    static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Risk"] = "What a host State must do if a person is on its territory on a day: one check, a world map, or " +
            "a batch.",
        ["People"] = "Search the people of interest by name.",
        ["States"] = "UN member and observer States with their Rome Statute status on a day.",
        ["Trips"] = "Recorded trips with their assessment; writes need an API key and If-Match against lost updates.",
        ["Leaders"] = "Every person of interest, wanted or not, with positions and warrants.",
        ["Warrants"] = "Public ICC arrest warrants and their status today.",
        ["Situations"] = "ICC situations under investigation.",
        ["Summits"] = "Summits and, for each, the host's obligation toward every wanted person.",
        ["Exports"] = "The whole record (or a filtered part) as CSV, JSON or FollowTheMoney entities, streamed.",
        ["Feeds"] = "The latest changes (Atom) and planned trips and summits (iCalendar).",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var tag in swaggerDoc.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            if (tag.Name is { } name && Descriptions.TryGetValue(name, out var description))
                tag.Description = description;
        }
    }
}
