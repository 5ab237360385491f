using Microsoft.AspNetCore.Components;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Components.Shared;
using TravelRisk.Web.Security;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Forms;

/// <summary>
/// What every page that changes a trip does with the writer's answer: check the user's role again, then show
/// the problems beside the fields, or the other person's change on a conflict, keeping what the user typed.
/// </summary>
public abstract class TripWritePage : PageComponent
{
    [Inject] protected CurrentUser Users { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Inject] TripForms Forms { get; set; } = default!;

    /// <summary>The writer's problems, keyed by field; null when there are none.</summary>
    protected Dictionary<string, string[]>? Errors { get; set; }

    /// <summary>Set when someone else saved first; <see cref="Conflicting"/> is their revision.</summary>
    protected bool Conflict { get; set; }

    protected TripRevision? Conflicting { get; set; }

    /// <summary>Names for the ids the conflicting revision records.</summary>
    protected IdNames? ConflictNames { get; private set; }

    /// <summary>The trip no longer exists (or never did).</summary>
    protected bool Missing { get; set; }

    protected bool Saving { get; private set; }

    /// <summary>Date fields whose text could not be read; cascaded to the form's <see cref="DateInput"/>s.</summary>
    protected RejectedDates RejectedDates { get; } = new();

    /// <summary>
    /// Set once a write succeeded, so leaving the page afterwards does not ask about unsaved input. (The trip page,
    /// which stays after its writes, clears the input they used instead.)
    /// </summary>
    protected bool Saved { get; private set; }

    /// <summary>
    /// Runs <paramref name="write"/> as the signed-in user if they hold <paramref name="role"/>, then
    /// <paramref name="saved"/> on success.
    /// </summary>
    protected async Task WriteAsync(string role, Func<string, Task<TripWriteResult>> write, Func<Trip, Task> saved)
    {
        if (Saving)
            return;
        if (RejectedDates.Any)
        {
            Errors = RejectedDates.Errors();
            return;
        }
        Saving = true;
        try
        {
            if (await Users.NameIfInRoleAsync(role) is not { } actor)
            {
                Errors = new()
                {
                    ["account"] = [$"Your account no longer has the {role} role this needs. Sign in again; what you typed is still here."],
                };
                return;
            }
            var result = await write(actor);
            (Errors, Conflict, Conflicting) = (null, false, null);
            switch (result.Outcome)
            {
                case TripWriteOutcome.Saved:
                    // Stays set: the navigation that follows a save asks the guard only after this method returns.
                    Saved = true;
                    await saved(result.Trip!);
                    break;
                case TripWriteOutcome.Invalid:
                    Errors = FormErrors.Group(result.Errors!);
                    break;
                case TripWriteOutcome.Conflict:
                    (Conflict, Conflicting) = (true, result.Conflicting);
                    ConflictNames ??= await Forms.IdNamesAsync(Leaving);
                    break;
                case TripWriteOutcome.NotFound:
                    Missing = true;
                    break;
            }
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>Goes to the trip's page once it is saved.</summary>
    protected Task ShowTripAsync(Trip trip)
    {
        Navigation.NavigateTo($"/trips/{trip.Id}");
        return Task.CompletedTask;
    }
}
