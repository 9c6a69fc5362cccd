namespace AsyncBot.Commands.Delivery;

/// <summary>
/// Tells the first delivery of an interaction from later ones. The same interaction can reach the bot twice: the
/// gateway replays dispatches after a resume, a load balancer retries a POST on another replica, two gateway
/// processes run the same shard. The dispatcher asks once per interaction, before any handler runs, and drops
/// every delivery but the first.
/// </summary>
public interface IFirstDelivery
{
    /// <summary>
    /// Claims <paramref name="interactionId"/> for this process: true for its first delivery (handle it), false for
    /// a later one (drop it). When it cannot tell, it answers true: handling a duplicate is better than ignoring people.
    /// </summary>
    ValueTask<bool> TryClaimAsync(string interactionId, CancellationToken cancellationToken);
}
