using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using TravelRisk.Web.Security;

namespace TravelRisk.Web.Components.Pages.Admin;

public partial class ApiKeyList
{
    [Inject] ApiKeys Keys { get; set; } = default!;
    [Inject] IDialogService Dialogs { get; set; } = default!;

    IReadOnlyList<ApiKeySummary> keys = [];
    string? status;
    bool busy;

    // The secret lives only here, in this circuit's memory, until the admin dismisses it or leaves the page.
    CreatedKey? created;

    NewKey newKey = new();
    EditContext createContext = default!;
    ValidationMessageStore nameErrors = default!;

    protected override async Task OnInitializedAsync()
    {
        ResetCreateForm();
        await LoadAsync();
    }

    async Task LoadAsync() => keys = await Keys.ListAsync(Leaving);

    async Task CreateAsync()
    {
        var name = newKey.Name.Trim();
        var field = createContext.Field(nameof(NewKey.Name));
        if (!ApiKeys.IsValidName(name))
        {
            nameErrors.Add(field, $"A name is {ApiKeys.NameRule}.");
            createContext.NotifyValidationStateChanged();
            return;
        }

        busy = true;
        var secret = await Keys.CreateAsync(name, SaveEvenIfLeft);
        busy = false;
        if (secret is null)
        {
            nameErrors.Add(field,
                $"An active key is already named \"{name}\": choose another name, or revoke that key first.");
            createContext.NotifyValidationStateChanged();
            return;
        }
        created = new CreatedKey(name, secret);
        status = null;
        ResetCreateForm();
        await LoadAsync();
    }

    async Task RevokeAsync(ApiKeySummary key)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Revoke API key?",
            $"Clients sending the key \"{key.Name}\" will be refused from their next write. This cannot be undone; a new key can take the name.",
            yesText: "Revoke", cancelText: "Keep it");
        if (confirmed != true)
            return;

        busy = true;
        var revoked = await Keys.RevokeAsync(key.Name, SaveEvenIfLeft);
        busy = false;
        status = revoked ? $"Revoked \"{key.Name}\"." : $"\"{key.Name}\" had already been revoked.";
        await LoadAsync();
    }

    void ResetCreateForm()
    {
        newKey = new();
        createContext = new EditContext(newKey);
        nameErrors = new ValidationMessageStore(createContext);
        createContext.OnFieldChanged += (_, e) => nameErrors.Clear(e.FieldIdentifier);
        createContext.OnValidationRequested += (_, _) => nameErrors.Clear();
    }

    static string Utc(DateTime moment) => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    static string KeyStatus(ApiKeySummary key) =>
        key.RevokedAtUtc is { } revoked ? $"Revoked {Utc(revoked)}" : "Active";

    sealed record CreatedKey(string Name, string Secret);

    sealed class NewKey
    {
        [Required(ErrorMessage = "Enter a name.")]
        public string Name { get; set; } = "";
    }
}
