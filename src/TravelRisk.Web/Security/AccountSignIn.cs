using Microsoft.AspNetCore.Identity;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Security;

/// <summary>How a password sign-in ended, in the words the sign-in page needs.</summary>
public enum SignInOutcome { SignedIn, LockedOut, Refused }

/// <summary>
/// Signs people in and out with Identity's cookie, so pages and endpoints need not know the account entity.
/// Lockout counts failed attempts (AccountServices: 5 tries, then 15 minutes).
/// </summary>
public sealed class AccountSignIn(SignInManager<TravelRiskUser> signIn)
{
    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password)
    {
        var result =
            await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded
            ? SignInOutcome.SignedIn
            : result.IsLockedOut
            ? SignInOutcome.LockedOut
            : SignInOutcome.Refused;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
