namespace AsyncBot.Runs;

/// <summary>
/// Who handles an interaction that reaches the bot more than once: the gateway replays events after a resume, a load
/// balancer may retry a POST on another replica, two processes may be given the same shard by mistake. The first
/// to claim an interaction id handles it; every later delivery, on any replica, is dropped before a handler runs, so
/// nobody gets two plans or two runs.
/// </summary>
public interface IInteractionClaims
{
    /// <summary>
    /// True the first time <paramref name="interactionId"/> is claimed, false for a repeat. When the claim cannot be
    /// checked (a shared store is away) the answer is true: better a rare double answer than ignoring everyone.
    /// </summary>
    ValueTask<bool> TryClaimAsync(string interactionId, CancellationToken cancellationToken = default);
}
