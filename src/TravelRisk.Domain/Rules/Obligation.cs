namespace TravelRisk.Domain.Rules;

/// <summary>
/// What a host State must do if a person wanted by the ICC is on its territory. Ordered weakest to strongest.
/// </summary>
public enum Obligation
{
    /// <summary>
    /// The answer cannot be determined: the trip's dates are unknown, or a sealed warrant may not yet have existed
    /// that day.
    /// </summary>
    Undetermined,

    /// <summary>No ICC arrest warrant for the person is outstanding on that day.</summary>
    NotWanted,

    /// <summary>The host has no treaty obligation to arrest (it may still be urged to cooperate).</summary>
    NoTreatyObligation,

    /// <summary>
    /// The host lodged an Art. 12(3) declaration covering the situation and must cooperate under Part 9.
    /// </summary>
    Article12_3Declaration,

    /// <summary>
    /// A Chapter VII Security Council resolution referring the situation binds the host to cooperate.
    /// </summary>
    SecurityCouncilObligation,

    /// <summary>
    /// The host must arrest and surrender the person (Art. 86, 89(1)), including the continuing duty of Art. 127(2).
    /// </summary>
    ArrestRequired,
}
