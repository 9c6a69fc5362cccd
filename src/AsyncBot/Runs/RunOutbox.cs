using System.Text;
using System.Threading.Channels;
using AsyncBot.Discord;
using AsyncBot.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Runs;

/// <summary>
/// Posts one run's messages as followups, in order. Lines that become due in the same instant (the Started lines of
/// a gather, a Finished line and the next Started of a sequential run) go out together as one message; otherwise each
/// line is its own message while the webhook bucket allows. When the responder says the bucket is exhausted, the
/// outbox waits for it and then sends everything that piled up as one message. Nothing is dropped or reordered, and
/// no message exceeds Discord's 2000 characters.
/// </summary>
/// <remarks>
/// The queue is unbounded on purpose: producers are engine observers that must never block, and what they can
/// produce is bounded by the run limits (two lines per task, at most <c>Race:MaxTasks</c> tasks), while coalescing
/// drains a backlog in few requests.
/// </remarks>
public sealed partial class RunOutbox : IAsyncDisposable
{
    /// <summary>Above this many waiting lines the outbox is behind and coalesces even with budget left.</summary>
    private const int BacklogThreshold = 5;

    /// <summary>
    /// Lines posted this close together count as one instant: a task's events arrive from its own thread a few
    /// milliseconds apart on a loaded machine, and holding the first line this long is far inside the second a reader
    /// would notice.
    /// </summary>
    internal static readonly TimeSpan SameInstant = TimeSpan.FromMilliseconds(50);

    private readonly Channel<OutboxItem> _queue = Channel.CreateUnbounded<OutboxItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Interaction _interaction;
    private readonly IInteractionResponder _responder;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private readonly bool _suppressEmbeds;
    private bool _tokenDead;

    /// <summary>Starts the outbox for <paramref name="interaction"/>.</summary>
    /// <param name="interaction">The interaction whose token the followups use.</param>
    /// <param name="responder">Where messages go.</param>
    /// <param name="timeProvider">The clock for bucket waits.</param>
    /// <param name="logger">Where failures are logged.</param>
    /// <param name="suppressEmbeds">No link previews, for runs whose lines name URLs.</param>
    public RunOutbox(Interaction interaction, IInteractionResponder responder, TimeProvider timeProvider, ILogger logger, bool suppressEmbeds = false)
    {
        _suppressEmbeds = suppressEmbeds;
        _interaction = interaction;
        _responder = responder;
        _timeProvider = timeProvider;
        _logger = logger;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>Queues one line (an event). Never blocks.</summary>
    public void Post(string line) => _queue.Writer.TryWrite(new OutboxItem(line, Standalone: false, _timeProvider.GetTimestamp()));

    /// <summary>Queues a message that is never merged with lines (a summary).</summary>
    public void PostStandalone(string message) => _queue.Writer.TryWrite(new OutboxItem(message, Standalone: true, _timeProvider.GetTimestamp()));

    /// <summary>
    /// Queues a message that is never merged with lines, with a picture shown in an embed below its text
    /// (<c>attachment://</c> its file name), sent as one multipart followup.
    /// </summary>
    public void PostStandalone(string message, FileAttachment picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        _queue.Writer.TryWrite(new OutboxItem(message, Standalone: true, _timeProvider.GetTimestamp(), picture));
    }

    /// <summary>
    /// Sends what is queued and stops. After <paramref name="cancellationToken"/> fires (shutdown deadline) the rest
    /// is abandoned.
    /// </summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        _queue.Writer.TryComplete();
        using var registration = cancellationToken.Register(static s => ((CancellationTokenSource)s!).Cancel(), _stop);
        await _pump.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task PumpAsync()
    {
        var reader = _queue.Reader;
        var pending = new Queue<OutboxItem>();
        try
        {
            while (pending.Count > 0 || await reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                while (reader.TryRead(out var item))
                {
                    pending.Enqueue(item);
                }

                if (pending.Count == 0)
                {
                    continue;
                }

                await WaitForInstantAsync(pending.Peek()).ConfigureAwait(false);
                var waited = await WaitForBucketAsync().ConfigureAwait(false);
                while (reader.TryRead(out var item))
                {
                    pending.Enqueue(item);
                }

                var (content, standalone, picture) = TakeMessage(pending, coalesce: waited || pending.Count > BacklogThreshold);
                await SendAsync(content, standalone, picture).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            LogAbandoned(_logger, _interaction.Id, pending.Count);
        }
    }

    /// <summary>Holds a line until its instant is over, so lines due with it can join its message.</summary>
    private async Task WaitForInstantAsync(OutboxItem first)
    {
        if (first.Standalone)
        {
            return;
        }

        var left = SameInstant - _timeProvider.GetElapsedTime(first.PostedAt);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, _timeProvider, _stop.Token).ConfigureAwait(false);
        }
    }

    private async Task<bool> WaitForBucketAsync()
    {
        var delay = _responder.GetFollowupDelay(_interaction);
        if (delay <= TimeSpan.Zero)
        {
            return false;
        }

        await Task.Delay(delay, _timeProvider, _stop.Token).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Takes the next message: a standalone item; or the first line with the lines of its instant, or when
    /// <paramref name="coalesce"/> with every waiting line; as many as fit in one Discord message.
    /// </summary>
    private (string Content, bool Standalone, FileAttachment? Picture) TakeMessage(Queue<OutboxItem> pending, bool coalesce)
    {
        var first = pending.Dequeue();
        if (first.Standalone)
        {
            return (MessageText.Fit(first.Text), first.Standalone, first.Picture);
        }

        var builder = new StringBuilder(MessageText.Fit(first.Text));
        while (pending.TryPeek(out var next) && !next.Standalone
               && (coalesce || _timeProvider.GetElapsedTime(first.PostedAt, next.PostedAt) <= SameInstant)
               && builder.Length + 1 + next.Text.Length <= DiscordLimits.MessageContentLength)
        {
            builder.Append('\n').Append(pending.Dequeue().Text);
        }

        return (builder.ToString(), false, null);
    }

    private async Task SendAsync(string content, bool standalone, FileAttachment? picture)
    {
        if (_tokenDead)
        {
            return;
        }

        try
        {
            // Event lines arrive by the dozen: they notify nobody. The summary is the one message worth a ping.
            var message = new MessageContent(content, SuppressNotifications: !standalone, SuppressEmbeds: _suppressEmbeds);
            if (picture is not null)
            {
                // An attachment shows best inside an embed; SuppressEmbeds would hide it, and the picture is the point.
                message = message with
                {
                    Embeds = [new Embed(ImageUrl: "attachment://" + picture.FileName)],
                    Attachments = [picture],
                    SuppressEmbeds = false,
                };
            }

            await _responder.FollowupAsync(_interaction, message, _stop.Token).ConfigureAwait(false);
        }
        catch (DiscordRequestException ex) when (DiscordErrors.IsInteractionTokenDead(ex.Code))
        {
            // The interaction token is dead (expired or never acknowledged): every later send would fail the same way.
            _tokenDead = true;
            LogTokenDead(_logger, _interaction.Id, ex.Code);
        }
        catch (DiscordRequestException ex) when (picture is not null)
        {
            // Discord refused the upload (too large, a bad image): the words matter more than the picture.
            LogPictureRefused(_logger, _interaction.Id, ex.Message);
            await SendAsync(content, standalone, picture: null).ConfigureAwait(false);
        }
        catch (DiscordRequestException ex)
        {
            LogSendFailed(_logger, _interaction.Id, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: interaction token unusable (Discord code {Code}); further messages dropped")]
    private static partial void LogTokenDead(ILogger logger, string runId, int? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: a followup failed: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, string runId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: the message with a picture failed, sending its text alone: {Reason}")]
    private static partial void LogPictureRefused(ILogger logger, string runId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: outbox stopped with {Pending} messages unsent")]
    private static partial void LogAbandoned(ILogger logger, string runId, int pending);

    private readonly record struct OutboxItem(string Text, bool Standalone, long PostedAt, FileAttachment? Picture = null);
}
