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
/// A replica whose run leases lapsed but whose heartbeat is fresh is alive (its renewals failed while the store was
/// away) and is left alone. In memory (no <c>State:Redis</c>) there is nobody else to tell, and this does nothing.
/// </remarks>
internal sealed class LostRunReaper(
    IOptions<StateOptions> state,
    IServiceProvider services,
    TimeProvider time,
    ILogger<LostRunReaper> logger) : BackgroundService
{
    /// <summary>What the user of a lost run reads in its channel.</summary>
    public const string LostNotice =
        "⚠️ This run was lost: the bot instance running it stopped before it finished. Nothing is running now — start it again.";

    private const int BatchSize = 100;

    private readonly RunStoreKeys _keys = new(state.Value.KeyPrefix);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!state.Value.UsesRedis)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(state.Value.SweepSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One sweep; returns how many lost runs this replica claimed. The timer calls it; tests may too.</summary>
    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var redis = services.GetRequiredService<IConnectionMultiplexer>();
        var claimed = 0;
        try
        {
            var db = redis.GetDatabase();
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var expired = await db.SortedSetRangeByScoreAsync(_keys.Leases, double.NegativeInfinity, now, take: BatchSize).ConfigureAwait(false);
            foreach (var member in expired)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var runId = (string)member!;
                var replica = (string?)await db.HashGetAsync(_keys.Run(runId), "replica").ConfigureAwait(false) ?? string.Empty;
                RedisKey[] keys = [_keys.Total, _keys.Run(runId), _keys.Leases, _keys.Replica(replica)];
                var result = await db.ScriptEvaluateAsync(RunStoreScripts.Claim, keys, [runId, now, replica]).ConfigureAwait(false);
                if (result.IsNull || result.Resp2Type != ResultType.Array)
                {
                    continue;
                }

                claimed++;
                var record = result.ToDictionary();
                var owner = Field(record, "owner");
                await db.SortedSetRemoveAsync(_keys.User(owner), runId).ConfigureAwait(false);
                RunStoreLog.RunLost(logger, runId, owner, replica);
                await TellAsync(runId, owner, Field(record, "app"), Field(record, "token"), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            RunStoreLog.SweepFailed(logger, e);
        }

        return claimed;
    }

    private async Task TellAsync(string runId, string owner, string applicationId, string token, CancellationToken cancellationToken)
    {
        if (applicationId.Length == 0 || token.Length == 0)
        {
            // Started without a Discord reply address (the run API): its caller saw its stream end.
            return;
        }

        var responder = services.GetRequiredService<IInteractionResponder>();
        var interaction = new Interaction(runId, applicationId, InteractionType.ApplicationCommand, token, new InteractionUser(owner, owner));
        try
        {
            await responder.FollowupAsync(interaction, new MessageContent(LostNotice), cancellationToken).ConfigureAwait(false);
            await responder.EditOriginalAsync(interaction, new MessageContent(Components: []), cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRequestException e) when (DiscordErrors.IsInteractionTokenDead(e.Code))
        {
            RunStoreLog.LostNoticeRefused(logger, runId, (int)e.Status, e.Code);
        }
        catch (Exception e) when (e is DiscordRequestException or HttpRequestException or TimeoutException)
        {
            RunStoreLog.LostNoticeFailed(logger, runId, e.Message);
        }
    }

    private static string Field(Dictionary<string, RedisResult> record, string name) =>
        record.TryGetValue(name, out var value) ? (string?)value ?? string.Empty : string.Empty;
}
