namespace TravelRisk.Web;

/// <summary>
/// A change that kept clashing with concurrent writes (Data/UnitOfWork gave up after its retries); nothing of it was
/// written. The API answers 409. Here beside <see cref="StartupException"/>: thrown below, caught above.
/// </summary>
public sealed class WriteConflictException(Exception inner)
    : Exception("Other changes were being saved at the same moment; nothing was written. Try again.", inner);
