using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Common;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// The one path for every change to a trip, from the API and the analysts' forms: validate, save with a
/// new revision number (refused if someone else saved first), and record the revision with its field changes.
/// Each change is one <see cref="UnitOfWork"/>: the trip and its revision are written together or not at all.
/// Nothing is written when anything is invalid.
/// </summary>
public sealed class TripWriter(UnitOfWork unit, RiskFactsCache facts, TimeProvider clock, IOutputCacheStore outputCache)
{
    public async Task<TripWriteResult> CreateAsync(TripRequest request, string actor, CancellationToken ct)
    {
        var result = await unit.WriteAsync(async db =>
        {
            var trip = new Trip { Slug = "", HostIso3 = "" };
            var errors = TripRequestValidator.Apply(request, trip, await LookupsAsync(db, ct));
            if (errors.Count > 0)
                return TripWriteResult.Invalid(errors);

            // Instances recording the same person, host and month take turns, so both get a slug of their own.
            var stem = SlugStem(request.Leader!.Trim(), trip);
            await UnitOfWork.LockAsync(db, $"trip-slug:{stem}", ct);
            trip.Slug = await UniqueSlugAsync(db, stem, ct);
            trip.Revision = 1;
            trip.Review = TripReview.AfterChange(trip);
            db.Trips.Add(trip);
            await db.SaveChangesAsync(ct); // the revision needs the trip's id; both commit together
            db.TripRevisions.Add(TripSnapshots.Revision(trip, null, actor, "Created", Now));
            await db.SaveChangesAsync(ct);
            return TripWriteResult.Saved(trip);
        }, Committed, ct);
        return await EvictedAsync(result, ct);
    }

    public async Task<TripWriteResult> ReplaceAsync(
        int id,
        int expectedRevision,
        TripRequest request,
        string actor,
        CancellationToken ct)
    {
        return await ChangeAsync(id, expectedRevision, actor, ct, async (db, trip) =>
        {
            var errors = TripRequestValidator.Apply(request, trip, await LookupsAsync(db, ct));
            return (errors, "Edited");
        });
    }

    public async Task<TripWriteResult> CancelAsync(
        int id,
        int? expectedRevision,
        CancellationRequest request,
        string actor,
        CancellationToken ct)
    {
        return await ChangeAsync(id, expectedRevision, actor, ct, async (db, trip) =>
        {
            var errors = new List<FieldError>();
            var reason =
                TripRequestValidator.Reason(request.Reason, "reason", "Say why the trip did not happen.", errors);
            if (request.Source is null)
                errors.Add(new("source", "A source for the cancellation is required."));
            else if (trip.Sources.Count >= InputRules.MaxSources)
                errors.Add(new("source", $"A trip cites at most {InputRules.MaxSources} sources."));
            else
                trip.Sources.Add(TripRequestValidator.Source(request.Source, "source", errors));
            if (trip.Status is TripStatus.Cancelled or TripStatus.Virtual or TripStatus.Delegated)
                errors.Add(new("status", $"The trip is already recorded as {trip.Status}."));
            if (request.Virtual && request.Representative is not null)
                errors.Add(
                    new("representative", "A virtual attendance has no representative; record one or the other."));

            var representative = TripRequestValidator.Person(
                request.Representative,
                "representative",
                await LookupsAsync(db, ct),
                errors,
                required: false);
            trip.Status = request.Virtual
                ? TripStatus.Virtual
                : representative is null
                ? TripStatus.Cancelled
                : TripStatus.Delegated;
            trip.RepresentativeId = representative;
            trip.Notes = string.IsNullOrEmpty(trip.Notes)
                ? $"{trip.Status}: {reason}"
                : $"{trip.Notes}\n{trip.Status}: {reason}";
            if (trip.Notes.Length > TripRequestValidator.MaxNotes)
                errors.Add(new("reason", "The trip's notes would exceed 4000 characters."));
            errors.AddRange(trip.Validate().Where(e => errors.All(x => x.Field != e.Field)));
            return (errors, $"{trip.Status}: {reason}");
        });
    }

    public async Task<TripWriteResult> AddSourceAsync(
        int id,
        int? expectedRevision,
        SourceRequest request,
        string actor,
        CancellationToken ct)
    {
        return await ChangeAsync(id, expectedRevision, actor, ct, (_, trip) =>
        {
            var errors = new List<FieldError>();
            var source = TripRequestValidator.Source(request, "source", errors);
            if (trip.Sources.Any(s =>
                s.Url is not null && string.Equals(s.Url, source.Url, StringComparison.OrdinalIgnoreCase)))
                errors.Add(new("source.url", "The trip already cites this URL."));
            if (trip.Sources.Count >= InputRules.MaxSources)
                errors.Add(new("source", $"A trip cites at most {InputRules.MaxSources} sources."));
            trip.Sources.Add(source);
            return Task.FromResult((errors, $"Source added: {source.Outlet}"));
        });
    }

    /// <summary>An Editor's check of a corroborated trip: it becomes Verified until the next change.</summary>
    public async Task<TripWriteResult> VerifyAsync(int id, int expectedRevision, string actor, CancellationToken ct)
    {
        return await ChangeAsync(id, expectedRevision, actor, ct, (_, trip) =>
        {
            var errors = new List<FieldError>();
            if (TripReview.CannotVerify(trip) is { } why)
                errors.Add(new("review", why));
            trip.Review = ReviewState.Verified;
            return Task.FromResult((errors, "Verified"));
        }, allowRetracted: true);
    }

    /// <summary>
    /// Withdraws a trip from the record with a reason. Nothing is deleted; restoring an earlier revision reinstates it.
    /// </summary>
    public async Task<TripWriteResult> RetractAsync(
        int id,
        int expectedRevision,
        string? reason,
        string actor,
        CancellationToken ct)
    {
        return await ChangeAsync(id, expectedRevision, actor, ct, (_, trip) =>
        {
            var errors = new List<FieldError>();
            var text = TripRequestValidator.Reason(reason, "reason", "Say why the trip is retracted, " +
                "e.g. \"duplicate of trip 42\" or \"the report was false\".", errors);
            if (trip.IsRetracted)
                errors.Add(new("reason", "The trip is already retracted."));
            trip.RetractionReason = text;
            return Task.FromResult((errors, $"Retracted: {text}"));
        }, allowRetracted: true);
    }

    /// <summary>
    /// Makes the trip what it was at revision <paramref name="number"/>, as a new revision: the revisions in between
    /// stay in the history, so a restore can itself be undone. The review state is not restored: it is recomputed.
    /// </summary>
    public async Task<TripWriteResult> RestoreAsync(
        int id,
        int expectedRevision,
        int number,
        string actor,
        CancellationToken ct)
    {
        return await ChangeAsync(id, expectedRevision, actor, ct, async (db, trip) =>
        {
            var errors = new List<FieldError>();
            var revision = await db.TripRevisions.AsNoTracking()
                .SingleOrDefaultAsync(r => r.TripId == id && r.Number == number, ct);
            if (revision is null || number >= trip.Revision)
            {
                errors.Add(new("revision", $"Trip {id} has no earlier revision {number}."));
                return (errors, "");
            }

            var now = TripSnapshots.Copy(trip);
            var old = TripSnapshots.Deserialize(revision.Snapshot);
            (trip.LeaderId, trip.HostIso3, trip.SummitId, trip.StartDate, trip.EndDate) =
                (old.LeaderId, old.HostIso3, old.SummitId, old.StartDate, old.EndDate);
            (trip.Status, trip.RepresentativeId, trip.Confidence,
                trip.Notes, trip.InternalNotes, trip.RetractionReason) =
                (old.Status, old.RepresentativeId, old.Confidence, old.Notes, old.InternalNotes, old.RetractionReason);
            trip.Legs = [.. old.Legs.Select(l => new TripLeg
            {
                Kind = l.Kind,
                CountryIso3 = l.CountryIso3,
                StartDate = l.StartDate,
                EndDate = l.EndDate,
                Source = l.Source,
                Notes = l.Notes,
                InternalNotes = l.InternalNotes
            })];
            trip.Sources = [.. old.Sources.Select(s =>
                new TripSource { Url = s.Url, Outlet = s.Outlet, PublishedOn = s.PublishedOn, Quote = s.Quote })];
            errors.AddRange(trip.Validate());
            if (TripDiff.Compare(now, trip).All(c => c.Field == "review"))
                errors.Add(
                    new("revision", $"Revision {number} is the same as the trip now; there is nothing to restore."));
            return (errors, $"Restored revision {number}");
        }, allowRetracted: true);
    }

    /// <summary>
    /// Loads the trip, applies <paramref name="change"/> and saves it as the next revision. With an
    /// <paramref name="expectedRevision"/>, a trip that has moved on is refused with the revision that moved it.
    /// </summary>
    async Task<TripWriteResult> ChangeAsync(int id, int? expectedRevision, string actor, CancellationToken ct,
        Func<TravelRiskDb, Trip, Task<(List<FieldError> Errors, string Summary)>> change, bool allowRetracted = false)
    {
        var result = await unit.WriteAsync(
            db => ChangeInAsync(db, id, expectedRevision, actor, ct, change, allowRetracted),
            Committed,
            ct);
        return await EvictedAsync(result, ct);
    }

    async Task<TripWriteResult> ChangeInAsync(
        TravelRiskDb db,
        int id,
        int? expectedRevision,
        string actor,
        CancellationToken ct,
        Func<TravelRiskDb, Trip, Task<(List<FieldError> Errors, string Summary)>> change,
        bool allowRetracted)
    {
        // Instances changing the same trip take turns: the second reads what the first saved and gets 412.
        await UnitOfWork.LockAsync(db, $"trip:{id}", ct);
        var trip = await db.Trips.Include(t => t.Legs.OrderBy(l => l.Id))
            .Include(t => t.Sources)
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == id, ct);
        if (trip is null)
            return TripWriteResult.NotFound;
        if (expectedRevision is { } expected && expected != trip.Revision)
            return await ConflictAsync(db, trip.Id, expected, ct);

        if (trip.IsRetracted && !allowRetracted)
            return TripWriteResult.Invalid(
                [new("retracted", $"The trip was retracted ({trip.RetractionReason}); an Editor can restore " +
                    "an earlier revision to reinstate it.")]);

        var before = TripSnapshots.Copy(trip);
        var (errors, summary) = await change(db, trip);
        if (errors.Count > 0)
            return TripWriteResult.Invalid(errors);
        // Any change but the verification itself returns the trip to review: what was
        // verified is no longer what is there.
        if (!(trip.Review == ReviewState.Verified && before.Review != ReviewState.Verified))
            trip.Review = TripReview.AfterChange(trip);

        trip.Revision++;
        db.TripRevisions.Add(TripSnapshots.Revision(trip, before, actor, summary, Now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (expectedRevision is not null)
        {
            // Someone saved between our read and our write: refuse, and show what they did. (Without an expected
            // revision the unit of work starts the change again on what they saved.)
            return await ConflictAsync(db, trip.Id, before.Revision, ct);
        }
        return TripWriteResult.Saved(trip);
    }

    static bool Committed(TripWriteResult result) => result.Outcome == TripWriteOutcome.Saved;

    async Task<TripWriteResult> EvictedAsync(TripWriteResult result, CancellationToken ct)
    {
        if (Committed(result))
            await outputCache.EvictByTagAsync(CacheTags.Trips, ct);
        return result;
    }

    async Task<TripWriteResult> ConflictAsync(TravelRiskDb db, int tripId, int seenRevision, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var newer = await db.TripRevisions.AsNoTracking().Where(r => r.TripId == tripId && r.Number > seenRevision)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        return new TripWriteResult(TripWriteOutcome.Conflict, Conflicting: newer);
    }

    async Task<TripLookups> LookupsAsync(TravelRiskDb db, CancellationToken ct) =>
        await TripLookups.LoadAsync(await facts.GetAsync(ct), db, ct);

    static string SlugStem(string leaderSlug, Trip trip)
    {
        var day = trip.StartDate ?? trip.EndDate;
        return day is { } d
            ? $"{leaderSlug}-{d:yyyy-MM}-{trip.HostIso3.ToLowerInvariant()}"
            : $"{leaderSlug}-undated-{trip.HostIso3.ToLowerInvariant()}";
    }

    static async Task<string> UniqueSlugAsync(TravelRiskDb db, string stem, CancellationToken ct)
    {
        var taken =
            (await db.Trips.Where(t => t.Slug.StartsWith(stem)).Select(t => t.Slug).ToListAsync(ct)).ToHashSet();
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
            slug = $"{stem}-{n}";
        return slug;
    }

    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
