using AsyncBot.Discord;
using AsyncBot.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>
/// Every replica's watch for replicas that died mid-run (killed, crashed, cut off): every
/// <see cref="StateOptions.SweepSeconds"/> it looks for runs whose lease expired, claims each in one atomic step (so
/// among the survivors exactly one does), tells the run's user in its channel that the run was lost with its server,
/// and takes the Cancel button off the plan. The run's slots are free by then: admission stops counting an expired
/// lease at once.
/// </summary>
/// <remarks>
/// A run is taken only when its replica's heartbeat has expired too: a replica whose renewals merely failed is alive
/// and registers its runs again. A replica that has itself just come into touch with the store (it started, or the
/// store came back) claims nothing for one lease, so a live replica that is a little slower to reconnect has time to
/// renew before its runs are taken for dead. In memory (no <c>State:Redis</c>) there is nobody else to tell, and this
/// does nothing.
/// </remarks>
internal sealed class LostRunReaper(
    IOptions<StateOptions> state,
    IServiceProvider services,
    TimeProvider time,
    ILogger<LostRunReaper> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>Notices sent at once: a dead replica's many users are told together, not one after the other.</summary>
    private const int TellingAtOnce = 8;

    private readonly RunStoreKeys _keys = new(state.Value.KeyPrefix);
    private readonly TimeSpan _lease = TimeSpan.FromSeconds(state.Value.LeaseSeconds);
    private DateTimeOffset? _inTouchSince;

    /// <summary>What the user of a lost run reads in its channel; <paramref name="command"/> names how to start it again.</summary>
    public static string NoticeFor(string? command) =>
        "⚠️ This run was lost: the bot instance running it stopped before it finished. Nothing is running now — start it again"
        + (string.IsNullOrEmpty(command) ? "." : $" with /{command}.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!state.Value.UsesRedis)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(state.Value.SweepSeconds), time);
        try
        {
            // At once, then on the timer: the time in touch with the store counts from the start.
            do
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One sweep; returns how many lost runs this replica claimed. The timer calls it; tests may too.</summary>
    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IRunRegistry>() is not RedisRunRegistry registry)
        {
            return 0;
        }

        var lost = new List<LostRun>();
        try
        {
            var db = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
            var now = time.GetUtcNow();
            var nowMs = now.ToUnixTimeMilliseconds();

            // Replicas gone for longer than anything could be told about them: missing reads as dead all the same.
            await db.SortedSetRemoveRangeByScoreAsync(_keys.Replicas, double.NegativeInfinity, nowMs - RunStoreScripts.KeepMs).ConfigureAwait(false);
            _inTouchSince ??= now;
            if (now - _inTouchSince < _lease)
            {
                return 0;
            }

            // Runs this replica may not take (a live replica's) stay in the set: page past them.
            var skip = 0;
            RedisValue[] expired;
            do
            {
                expired = await db.SortedSetRangeByScoreAsync(_keys.Leases, double.NegativeInfinity, nowMs, skip: skip, take: BatchSize).ConfigureAwait(false);
                foreach (var member in expired)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (await ClaimAsync(db, registry, (string)member!, nowMs).ConfigureAwait(false) is { } run)
                    {
                        lost.Add(run);
                    }
                    else
                    {
                        skip++;
                    }
                }
            }
            while (expired.Length == BatchSize);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Out of touch: after the store is back, a lease must pass before this replica takes anything again.
            _inTouchSince = null;
            RunStoreLog.SweepFailed(logger, e);
        }

        // Claimed runs are this replica's to tell, even when the sweep broke off after claiming them.
        var telling = new ParallelOptions { MaxDegreeOfParallelism = TellingAtOnce, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(lost.Where(r => r.Token.Length > 0 && r.ApplicationId.Length > 0), telling, TellAsync).ConfigureAwait(false);
        return lost.Count;
    }

    /// <summary>Claims one expired run; returns it when it was lost (null when not taken, or taken with nothing to tell).</summary>
    private async Task<LostRun?> ClaimAsync(IDatabase db, RedisRunRegistry registry, string runId, long nowMs)
    {
        RedisKey[] keys = [_keys.Leases, _keys.Total, _keys.Run(runId), _keys.Reply(runId), _keys.Replicas];
        RedisValue[] args = [runId, nowMs, registry.ReplicaId, registry.Holds(runId) ? 1 : 0, RunStoreScripts.KeepMs];
        var result = await db.ScriptEvaluateAsync(RunStoreScripts.Claim, keys, args).ConfigureAwait(false);
        if (result.IsNull)
        {
            return null;
        }

        var fields = (string[])result!;
        var owner = fields[1];
        if (owner.Length > 0)
        {
            // The owner's set is known only now; admission prunes it anyway, this frees the slot at once.
            await db.SortedSetRemoveAsync(_keys.User(owner), runId).ConfigureAwait(false);
        }

        if (fields[0] != "lost")
        {
            RunStoreLog.FinishedRunForgotten(logger, runId);
            return null;
        }

        RunStoreLog.RunLost(logger, runId, owner, fields[2]);
        return new LostRun(runId, owner, fields[3], fields[4], fields[5]);
    }

    private async ValueTask TellAsync(LostRun run, CancellationToken cancellationToken)
    {
        var responder = services.GetRequiredService<IInteractionResponder>();
        var interaction = new Interaction(run.Id, run.ApplicationId, InteractionType.ApplicationCommand, run.Token, new InteractionUser(run.Owner, run.Owner));
        if (await TryAsync(run, () => responder.FollowupAsync(interaction, new MessageContent(NoticeFor(run.Command)), cancellationToken)).ConfigureAwait(false))
        {
            // No Cancel button on a run that is not going: nothing for it to stop.
            await TryAsync(run, () => responder.EditOriginalAsync(interaction, new MessageContent(Components: []), cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>Sends one request; false only when the token is dead and nothing more can be said with it.</summary>
    private async Task<bool> TryAsync(LostRun run, Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (DiscordRequestException e) when (DiscordErrors.IsInteractionTokenDead(e.Code))
        {
            RunStoreLog.LostNoticeRefused(logger, run.Id, (int)e.Status, e.Code);
            return false;
        }
        catch (Exception e) when (e is DiscordRequestException or HttpRequestException or TimeoutException)
        {
            RunStoreLog.LostNoticeFailed(logger, run.Id, e.Message);
        }

        return true;
    }

    /// <summary>A claimed run to tell its user about. Holds the token: never logged, so no generated text.</summary>
    private sealed record LostRun(string Id, string Owner, string ApplicationId, string Token, string Command)
    {
        public override string ToString() => Id;
    }
}
