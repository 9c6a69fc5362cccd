using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>
/// Interaction claims shared by every replica: <c>SET … NX PX</c> on one key per interaction id, which the store
/// forgets after <see cref="InMemoryInteractionClaims.Memory"/>. When the store cannot be reached the claim is
/// granted (and a warning logged at most once a minute): a store outage must not make the bot ignore people.
/// </summary>
internal sealed class RedisInteractionClaims(
    IConnectionMultiplexer redis,
    IOptions<StateOptions> state,
    TimeProvider time,
    ILogger<RedisInteractionClaims> logger) : IInteractionClaims
{
    private static readonly TimeSpan WarnEvery = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a claim may take before it is granted unchecked: a slice of Discord's 3 s answer window, so a store
    /// that hangs rather than refuses costs a user half a second, not the answer.
    /// </summary>
    internal static readonly TimeSpan ClaimTimeout = TimeSpan.FromMilliseconds(500);

    private readonly RunStoreKeys _keys = new(state.Value.KeyPrefix);
    private readonly string _replica = Guid.NewGuid().ToString("N");
    // Never warned: the first failure warns at once. (Not long.MinValue: now minus that overflows, and it never would.)
    private long _lastWarningTicks = DateTimeOffset.MinValue.UtcTicks;

    public async ValueTask<bool> TryClaimAsync(string interactionId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await redis.GetDatabase()
                .StringSetAsync(_keys.Interaction(interactionId), _replica, InMemoryInteractionClaims.Memory, When.NotExists)
                .WaitAsync(ClaimTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            var now = time.GetUtcNow().UtcTicks;
            var last = Interlocked.Read(ref _lastWarningTicks);
            if (now - last >= WarnEvery.Ticks && Interlocked.CompareExchange(ref _lastWarningTicks, now, last) == last)
            {
                RunStoreLog.ClaimUnchecked(logger, interactionId, e);
            }

            return true;
        }
    }
}
