using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Connection after connection: resume while there is a session to resume, identify otherwise; after each
/// connection, turn its outcome into the next step and a wait (docs/discord-client.md, "Resume, reconnect and
/// backoff"). Only a fatal close code or shutdown ends it.
/// </summary>
internal sealed class GatewayReconnectLoop(GatewayClient client, GatewayConnectionContext context, GatewayUrlSource urls)
{
    private const int MaxFailedResumes = 3;

    private int _failedResumes;

    private ILogger Logger => client.Logger;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var resume = client.Session.CanResume;
            ConnectionOutcome outcome;
            if (resume)
            {
                client.SetState(GatewayState.Resuming);
                Logger.Resuming(client.Session.SessionId, client.Session.Sequence);
                outcome = await GatewayConnection.RunAsync(context, client.Session.ResumeUrl!, resume: true, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                client.Session.Forget();
                client.SetState(GatewayState.Connecting);
                var url = await PrepareIdentifyAsync(cancellationToken).ConfigureAwait(false);
                if (url is null)
                {
                    client.SetState(GatewayState.Disconnected);
                    await client.WaitAsync(client.Backoff.Next(), GatewayWaitReason.Backoff, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                Logger.Connecting(url.Host);
                outcome = await GatewayConnection.RunAsync(context, url, resume: false, cancellationToken).ConfigureAwait(false);
                if (outcome.End == ConnectionEnd.ConnectFailed)
                {
                    // "Call /gateway/bot again only when connecting to its URL fails."
                    urls.Invalidate();
                }
            }

            if (outcome.End == ConnectionEnd.Shutdown)
            {
                return;
            }

            TrackResumes(resume, outcome);
            var (delay, reason) = NextStep(outcome);
            client.SetState(GatewayState.Disconnected);
            if (delay > TimeSpan.Zero)
            {
                Logger.Reconnecting((long)delay.TotalMilliseconds, reason);
                await client.WaitAsync(delay, reason, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The gateway URL once Identify may go; null after a transient failure (the caller backs off).</summary>
    private async Task<Uri?> PrepareIdentifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (client.IdentifyGate.SpansProcesses)
            {
                // Other processes spend the same daily budget: take Discord's count, not this process's tally.
                await urls.RefreshAsync(context.Token, cancellationToken).ConfigureAwait(false);
            }

            var url = await urls.GetAsync(context.Token, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (client.StartLimiter.NeedsRefresh)
                {
                    await urls.RefreshAsync(context.Token, cancellationToken).ConfigureAwait(false);
                    url = await urls.GetAsync(context.Token, cancellationToken).ConfigureAwait(false);
                }

                var delay = client.StartLimiter.GetDelay();
                if (delay > TimeSpan.Zero)
                {
                    Logger.IdentifyBudgetSpent((long)delay.TotalSeconds);
                    await client.WaitAsync(delay, GatewayWaitReason.SessionStartReset, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var turn = new IdentifyTurn(context.ShardId, context.ShardCount, client.StartLimiter.MaxConcurrency);
                delay = await client.IdentifyGate.TryClaimAsync(turn, cancellationToken).ConfigureAwait(false);
                if (delay <= TimeSpan.Zero)
                {
                    break;
                }

                Logger.IdentifyWaiting(turn.ShardId, turn.Bucket, (long)delay.TotalMilliseconds);
                await client.WaitAsync(delay, GatewayWaitReason.IdentifyPacing, cancellationToken).ConfigureAwait(false);
            }

            client.StartLimiter.RecordIdentify();
            return url;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or JsonException or OperationCanceledException)
        {
            // OperationCanceledException here is HttpClient's own timeout, not shutdown.
            Logger.GatewayBotFailed(ex.Message);
            return null;
        }
    }

    private void TrackResumes(bool resumed, ConnectionOutcome outcome)
    {
        if (outcome.ReachedReady)
        {
            client.Backoff.Reset();
            _failedResumes = 0;
        }
        else if (resumed && ++_failedResumes >= MaxFailedResumes)
        {
            Logger.ResumesFailed(_failedResumes);
            client.Session.Forget();
            _failedResumes = 0;
        }
    }

    private (TimeSpan Delay, GatewayWaitReason Reason) NextStep(ConnectionOutcome outcome)
    {
        switch (outcome.End)
        {
            case ConnectionEnd.ServerClosed:
                var action = GatewayClosePolicy.Decide(outcome.CloseCode);
                if (action == GatewayCloseAction.Stop)
                {
                    throw new GatewayFatalException(outcome.CloseCode, GatewayClosePolicy.DescribeFatal(outcome.CloseCode!.Value));
                }

                if (action == GatewayCloseAction.Identify)
                {
                    client.Session.Forget();
                }

                Logger.CloseDecided(outcome.CloseCode, action);
                return (client.Backoff.Next(), GatewayWaitReason.Backoff);
            case ConnectionEnd.InvalidSession:
                if (!outcome.Resumable)
                {
                    client.Session.Forget();
                }

                return (client.Backoff.NextInvalidSessionDelay(), GatewayWaitReason.InvalidSession);
            case ConnectionEnd.Reconnect or ConnectionEnd.Zombie when outcome.ReachedReady:
                // Planned reconnects of a healthy session go at once: replayed interactions still have their 3 s.
                return (TimeSpan.Zero, GatewayWaitReason.Backoff);
            default:
                return (client.Backoff.Next(), GatewayWaitReason.Backoff);
        }
    }
}
