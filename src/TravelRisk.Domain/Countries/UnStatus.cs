namespace TravelRisk.Domain.Countries;

/// <summary>Standing at the United Nations.</summary>
public enum UnStatus
{
    /// <summary>A UN member State.</summary>
    Member,

    /// <summary>A non-member observer State (Holy See, State of Palestine).</summary>
    Observer,

    /// <summary>
    /// A State that is neither a member nor an observer but can still join the Rome Statute, which is open to
    /// all States (the Cook Islands, in free association with New Zealand, a State Party since 2008).
    /// </summary>
    NonMember,
}
