namespace TravelRisk.Domain.Countries;

/// <summary>Standing at the United Nations.</summary>
public enum UnStatus
{
    /// <summary>A UN member State.</summary>
    Member,

    /// <summary>A non-member observer State (Holy See, State of Palestine).</summary>
    Observer,
}
