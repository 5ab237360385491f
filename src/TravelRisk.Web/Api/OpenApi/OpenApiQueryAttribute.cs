namespace TravelRisk.Web.Api.OpenApi;

/// <summary>
/// What a query parameter really holds, for the OpenAPI document only. The endpoints take every query value as a
/// string and parse it themselves (<see cref="ApiQuery"/>), so a malformed one is a 400 problem naming it rather
/// than model binding's bare failure; without this the document would call each of them a plain optional string.
/// Changes nothing at run time: <see cref="OpenApiQueryParameters"/> reads it while the document is generated.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class OpenApiQueryAttribute(Type type) : Attribute
{
    /// <summary>A string parameter, typically one marked <see cref="Required"/>.</summary>
    public OpenApiQueryAttribute() : this(typeof(string)) { }

    /// <summary>
    /// The type the endpoint parses the value as: its schema (an enum's is reused by reference) describes the
    /// parameter.
    /// </summary>
    public Type Type { get; } = type;

    /// <summary>The endpoint answers 400 when the parameter is absent (e.g. <see cref="ApiQuery.Slug"/>).</summary>
    public bool Required { get; set; }

    /// <summary>The smallest whole number accepted; <see cref="int.MinValue"/> when unbounded.</summary>
    public int Minimum { get; set; } = int.MinValue;

    /// <summary>The largest whole number accepted; <see cref="int.MaxValue"/> when unbounded.</summary>
    public int Maximum { get; set; } = int.MaxValue;

    /// <summary>The longest text accepted; 0 when unbounded.</summary>
    public int MaxLength { get; set; }

    /// <summary>The only words accepted, for a closed list that is not a C# enum (e.g. include=risk).</summary>
    public string[]? Values { get; set; }
}
