using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Services;

/// <summary>How obligations are named and coloured on the pages (the colours are CSS classes in app.css).</summary>
public static class ObligationText
{
    public static string Label(Obligation obligation) => obligation switch
    {
        Obligation.ArrestRequired => "Arrest required",
        Obligation.SecurityCouncilObligation => "Security Council obligation",
        Obligation.Article12_3Declaration => "Art. 12(3) declaration",
        Obligation.NoTreatyObligation => "No treaty obligation",
        Obligation.NotWanted => "Not wanted",
        _ => "Undetermined",
    };

    public static string CssClass(Obligation obligation) => $"obligation-{obligation}";
}
