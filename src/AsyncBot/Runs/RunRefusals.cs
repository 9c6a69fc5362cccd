namespace AsyncBot.Runs;

/// <summary>
/// The sentences a refused admission gives the user, shared by every <see cref="IRunRegistry"/> so the bot says the
/// same thing whichever one keeps its state. Each completes "Not now: …".
/// </summary>
public static class RunRefusals
{
    /// <summary>Shutdown has begun: no new runs.</summary>
    public const string ShuttingDown = "the bot is shutting down — try again in a moment";

    /// <summary>
    /// The shared store that admits runs cannot be reached. Runs already going finish; new ones wait for the store
    /// rather than start uncounted, which would break the limits other replicas enforce.
    /// </summary>
    public const string StoreUnavailable = "can't start runs right now — try again in a moment";

    /// <summary>A run with this id is already going (the same interaction delivered twice).</summary>
    public const string AlreadyGoing = "this run is already going";

    /// <summary>The user already has <paramref name="going"/> runs, their limit.</summary>
    public static string UserLimit(int going) =>
        $"you already have {(going == 1 ? "1 run" : $"{going} runs")} going — wait or cancel one";

    /// <summary>The bot already runs <paramref name="going"/> runs, its limit.</summary>
    public static string TotalLimit(int going) => $"the bot is running {going} runs, its limit — try again in a few seconds";
}
