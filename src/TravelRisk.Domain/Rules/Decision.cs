using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Rules;

/// <summary>
/// The rules' answer for one person, one host and one day, as a small value: it allocates nothing, so millions
/// can be computed per second. <see cref="ObligationExplainer"/> turns it into words and citations.
/// </summary>
/// <param name="Obligation">What the host must do.</param>
/// <param name="Reason">Which rule decided it.</param>
/// <param name="HostStatus">The host's Rome Statute status on the day.</param>
/// <param name="WarrantIndex">
/// Index of the deciding warrant in the list given to the rules; -1 when none is outstanding.
/// </param>
/// <param name="DeclarationIndex">
/// Index of the deciding Art. 12(3) declaration in the host's list; -1 otherwise.
/// </param>
/// <param name="IfIssued">
/// For <see cref="ObligationReason.WarrantIssueDateUncertain"/>: the obligation had the uncertain warrant (at
/// <see cref="WarrantIndex"/>) been issued by the day. <see cref="Obligation.Undetermined"/> otherwise.
/// </param>
public readonly record struct Decision(
    Obligation Obligation,
    ObligationReason Reason,
    StatuteStatus HostStatus,
    int WarrantIndex = -1,
    int DeclarationIndex = -1,
    Obligation IfIssued = Obligation.Undetermined)
{
    /// <summary>
    /// Orders decisions for "the strongest wins": a certain obligation by its rank, and an uncertain one just
    /// below what it would be, so a certain duty outranks a possible one, and a possible duty outranks anything weaker.
    /// </summary>
    public int Strength =>
        Reason == ObligationReason.WarrantIssueDateUncertain ? 2 * (int)IfIssued - 1 : 2 * (int)Obligation;
}
