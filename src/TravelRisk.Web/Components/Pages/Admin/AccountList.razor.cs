using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TravelRisk.Web.Security;

namespace TravelRisk.Web.Components.Pages.Admin;

public partial class AccountList
{
    [Inject] AccountAdmin Accounts { get; set; } = default!;
    [Inject] IOptions<IdentityOptions> Identity { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    // Staff accounts are few, so the grid pages and sorts the whole list in memory.
    IReadOnlyList<AccountSummary> accounts = [];
    string? myId;
    string? status;
    bool statusIsError;
    bool busy;

    AccountSummary? editing;
    string pendingRole = Roles.Viewer;
    string? roleError;

    NewAccount newAccount = new();
    EditContext createContext = default!;
    ValidationMessageStore serverErrors = default!;
    string? createError;

    protected override async Task OnInitializedAsync()
    {
        myId = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier);
        ResetCreateForm();
        await LoadAsync();
    }

    async Task LoadAsync() => accounts = await Accounts.ListAsync(Leaving);

    void StartEditing(AccountSummary account)
    {
        editing = account;
        pendingRole = account.Role ?? Roles.Viewer;
        roleError = null;
    }

    async Task ChangeRoleAsync(AccountSummary account)
    {
        busy = true;
        var result = await Accounts.ChangeRoleAsync(account.Id, pendingRole, myId, SaveEvenIfLeft);
        busy = false;
        if (!result.Succeeded)
        {
            roleError = Describe(result); // beside the role, so the reason is read where the change was tried
            return;
        }
        editing = null;
        Report($"{account.Email} is now {Article(pendingRole)} {pendingRole}.");
        await LoadAsync();
    }

    async Task UnlockAsync(AccountSummary account)
    {
        busy = true;
        var result = await Accounts.UnlockAsync(account.Id, SaveEvenIfLeft);
        busy = false;
        Report(result.Succeeded ? $"{account.Email} is unlocked and can sign in now." : Describe(result),
            isError: !result.Succeeded);
        await LoadAsync();
    }

    async Task CreateAsync()
    {
        busy = true;
        var email = newAccount.Email.Trim();
        var result = await Accounts.CreateAsync(email, newAccount.Password, newAccount.Role, SaveEvenIfLeft);
        busy = false;
        if (!result.Succeeded)
        {
            // Beside the field each error is about; nothing was written.
            foreach (var (field, message) in result.Errors.Select(e => (FieldOf(e), MessageOf(e))).Distinct())
            {
                if (field is not null)
                    serverErrors.Add(createContext.Field(field), message);
                else
                    createError = message;
            }
            createContext.NotifyValidationStateChanged();
            return;
        }
        Report($"Created {Article(newAccount.Role)} {newAccount.Role} account for {email}.");
        ResetCreateForm();
        await LoadAsync();
    }

    void ResetCreateForm()
    {
        newAccount = new();
        createContext = new EditContext(newAccount);
        serverErrors = new ValidationMessageStore(createContext);
        createError = null;
        // Identity's messages stay until the field they are about is edited, or the form is sent again.
        createContext.OnFieldChanged += (_, e) => serverErrors.Clear(e.FieldIdentifier);
        createContext.OnValidationRequested += (_, _) =>
        {
            serverErrors.Clear();
            createError = null;
        };
    }

    static string? FieldOf(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(NewAccount.Password),
        "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" => nameof(NewAccount.Email),
        "UnknownRole" => nameof(NewAccount.Role),
        _ => null,
    };

    // The e-mail address is the user name: one message instead of Identity's two ("Username ... taken",
    // "Email ... taken").
    static string MessageOf(IdentityError error) =>
        error.Code is "DuplicateUserName" or "DuplicateEmail"
            ? "An account already has this e-mail address."
            : error.Description;

    void Report(string message, bool isError = false) => (status, statusIsError) = (message, isError);

    static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    static string Article(string role) => role is Roles.Admin or Roles.Analyst or Roles.Editor ? "an" : "a";

    static string Utc(DateTimeOffset? moment) =>
        moment?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";

    // From the configured rules, so the hint cannot drift from what Identity enforces.
    string PasswordHint
    {
        get
        {
            var rules = Identity.Value.Password;
            var needs = new List<string>();
            if (rules.RequireUppercase) needs.Add("an upper-case letter");
            if (rules.RequireLowercase) needs.Add("a lower-case letter");
            if (rules.RequireDigit) needs.Add("a digit");
            if (rules.RequireNonAlphanumeric) needs.Add("a symbol");
            return $"At least {rules.RequiredLength} characters"
                + (needs.Count > 0 ? $", with {string.Join(", ", needs)}." : ".");
        }
    }

    sealed class NewAccount
    {
        [Required(ErrorMessage = "Enter the person's e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a role.")]
        public string Role { get; set; } = Roles.Analyst;

        [Required(ErrorMessage = "Enter an initial password.")]
        public string Password { get; set; } = "";
    }
}
