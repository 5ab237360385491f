using Microsoft.AspNetCore.Identity;

namespace TravelRisk.Web.Data;

/// <summary>An account (ASP.NET Core Identity). Browsing needs none; analysts, editors and admins sign in.</summary>
public sealed class TravelRiskUser : IdentityUser;
