using System.Threading.Channels;
using AsyncBot.Discord.Interactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.Discord.Gateway;

/// <summary>
/// The Discord gateway session: connects, identifies, heartbeats, resumes after drops and publishes every
/// <c>INTERACTION_CREATE</c> as an <see cref="Interaction"/>. Run it with <see cref="RunAsync"/>; read
/// interactions with <see cref="ReadAllAsync"/>.
/// </summary>
/// <remarks>
/// The receive loop writes interactions into an unbounded channel and never waits on readers: blocking would stall
/// heartbeats, and dropping would leave someone with "The application did not respond". Each interaction carries
/// its arrival time, so the reader can tell one it can no longer answer with the plan in time and send a busy reply
/// instead; the backlog is logged as it grows (<see cref="PendingInteractions"/>). State, READY data and events are
/// safe to read from any thread; event handlers run on the gateway's threads and must not block.
/// </remarks>
public sealed class GatewayClient : IGatewayStatus, IInteractionSource
{
    private readonly IOptions<DiscordOptions> _discordOptions;
    private readonly GatewayOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayClient> _logger;
    private readonly Random _random;
    private readonly Channel<Interaction> _interactions;
    private readonly GatewaySessionState _session = new();
    private readonly ReconnectBackoff _backoff;
    private readonly SessionStartLimiter _startLimiter;
    private readonly IIdentifyGate _identifyGate;
    private int _running;
    private volatile GatewayState _state = GatewayState.Disconnected;
    private ReadyInfo? _ready;
    private long _heartbeatLatencyTicks = -1;
    private long _heartbeatAcks;

    /// <summary>Creates the client; nothing connects until <see cref="RunAsync"/>.</summary>
    /// <param name="discordOptions">Token, API base URL, shard.</param>
    /// <param name="gatewayOptions">Tuning.</param>
    /// <param name="httpClientFactory">Provides the <c>AsyncBot.Discord.Gateway</c> client for <c>GET /gateway/bot</c>.</param>
    /// <param name="timeProvider">Every delay and timer goes through it.</param>
    /// <param name="logger">Logger; never receives the token.</param>
    /// <param name="random">Source of jitter; <see cref="Random.Shared"/> when null. Tests pass a fixed one.</param>
    /// <param name="identifyGate">
    /// Paces Identify by rate-limit bucket; an <see cref="InProcessIdentifyGate"/> of its own when null. Shards in
    /// separate processes pass one gate they share.
    /// </param>
    public GatewayClient(
        IOptions<DiscordOptions> discordOptions,
        IOptions<GatewayOptions> gatewayOptions,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<GatewayClient> logger,
        Random? random = null,
        IIdentifyGate? identifyGate = null)
    {
        ArgumentNullException.ThrowIfNull(discordOptions);
        ArgumentNullException.ThrowIfNull(gatewayOptions);
        _discordOptions = discordOptions;
        _options = gatewayOptions.Value;
        _httpClientFactory = httpClientFactory;
        _time = timeProvider;
        _logger = logger;
        _random = random ?? Random.Shared;
        _backoff = new ReconnectBackoff(_random);
        _startLimiter = new SessionStartLimiter(timeProvider);
        _identifyGate = identifyGate ?? new InProcessIdentifyGate(timeProvider);
        _interactions = Channel.CreateUnbounded<Interaction>(new UnboundedChannelOptions { SingleWriter = true });
    }

    /// <inheritdoc />
    public GatewayState State => _state;

    /// <inheritdoc />
    public ReadyInfo? Ready => Volatile.Read(ref _ready);

    /// <summary>Round trip of the last acknowledged heartbeat; null before the first ACK.</summary>
    public TimeSpan? HeartbeatLatency => Interlocked.Read(ref _heartbeatLatencyTicks) is var t && t >= 0 ? TimeSpan.FromTicks(t) : null;

    /// <summary>Heartbeat ACKs received so far (lets tests know an ACK was processed).</summary>
    internal long HeartbeatAcks => Interlocked.Read(ref _heartbeatAcks);

    /// <summary>Interactions received and not yet taken by the reader.</summary>
    public int PendingInteractions => _interactions.Reader.Count;

    /// <inheritdoc />
    public event Action<ReadyInfo>? ReadyReceived;

    /// <summary>Raised when the reconnect loop starts a wait, after its timer is set (tests advance fake time by it).</summary>
    internal event Action<TimeSpan, GatewayWaitReason>? WaitScheduled;

    /// <inheritdoc />
    public IAsyncEnumerable<Interaction> ReadAllAsync(CancellationToken cancellationToken = default) =>
        _interactions.Reader.ReadAllAsync(cancellationToken);

    /// <summary>
    /// Runs the gateway until <paramref name="cancellationToken"/> fires (then closes with 1000 and completes
    /// normally) or a fatal error. Reconnects and resumes on its own in between. Call it once.
    /// When it ends, <see cref="ReadAllAsync"/> completes.
    /// </summary>
    /// <exception cref="GatewayFatalException">
    /// The token is missing, malformed or rejected, or Discord closed with a code retrying cannot fix (4004,
    /// 4010–4014). <see cref="State"/> is then <see cref="GatewayState.Failed"/>; the message says what to fix.
    /// </exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            throw new InvalidOperationException("GatewayClient.RunAsync may only be called once");
        }

        try
        {
            var options = _discordOptions.Value;
            var token = ReadToken(options);
            if (options.ShardCount < 1 || options.ShardId < 0 || options.ShardId >= options.ShardCount)
            {
                throw new GatewayFatalException(null, "Discord:ShardId must be at least 0 and below Discord:ShardCount, which must be at least 1");
            }

            var context = new GatewayConnectionContext
            {
                Token = token,
                ShardId = options.ShardId,
                ShardCount = options.ShardCount,
                Session = _session,
                Dispatcher = new GatewayDispatchHandler(_session, _interactions, new RecentInteractionIds(_options.RecentInteractionCapacity), _time, _logger),
                Options = _options,
                Time = _time,
                Random = _random,
                Logger = _logger,
                OnSessionReady = OnSessionReady,
                OnHeartbeatAck = OnHeartbeatAck,
                OnIdentifySending = () => _identifyGate.IdentifySending(new IdentifyTurn(options.ShardId, options.ShardCount, _startLimiter.MaxConcurrency)),
            };
            var urls = new GatewayUrlSource(_httpClientFactory, options.ApiBaseUrl, _startLimiter, _logger);
            await new GatewayReconnectLoop(this, context, urls).RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GatewayFatalException ex)
        {
            SetState(GatewayState.Failed);
            _logger.Stopped(ex.CloseCode);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        finally
        {
            if (_state != GatewayState.Failed)
            {
                SetState(GatewayState.Disconnected);
            }

            _interactions.Writer.TryComplete();
        }
    }

    internal GatewaySessionState Session => _session;

    internal ReconnectBackoff Backoff => _backoff;

    internal SessionStartLimiter StartLimiter => _startLimiter;

    internal IIdentifyGate IdentifyGate => _identifyGate;

    internal TimeProvider Time => _time;

    internal ILogger Logger => _logger;

    internal void SetState(GatewayState state)
    {
        if (_state == state)
        {
            return;
        }

        _state = state;
        _logger.StateChanged(state);
    }

    internal async Task WaitAsync(TimeSpan delay, GatewayWaitReason reason, CancellationToken cancellationToken)
    {
        // The timer is set before anyone hears of the wait, so a test that advances fake time on the event cannot miss it.
        var wait = Task.Delay(delay, _time, cancellationToken);
        WaitScheduled?.Invoke(delay, reason);
        await wait.ConfigureAwait(false);
    }

    private static DiscordToken ReadToken(DiscordOptions options)
    {
        if (!DiscordToken.TryCreate(options.Token, out var token, out var error))
        {
            throw new GatewayFatalException(null, $"Discord:Token (environment DISCORD_TOKEN) {error}: set it to the bot token from the Developer Portal");
        }

        return token!;
    }

    private void OnSessionReady(ReadyInfo? ready)
    {
        if (ready is null)
        {
            _logger.Resumed(_session.SessionId);
            SetState(GatewayState.Ready);
            return;
        }

        Volatile.Write(ref _ready, ready);
        _logger.Ready(ready.SessionId, ready.ApplicationId);
        SetState(GatewayState.Ready);
        try
        {
            ReadyReceived?.Invoke(ready);
        }
#pragma warning disable CA1031 // A subscriber's bug must not take the receive loop down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.ReadyHandlerFailed(ex);
        }
    }

    private void OnHeartbeatAck(TimeSpan latency)
    {
        Interlocked.Exchange(ref _heartbeatLatencyTicks, latency.Ticks);
        Interlocked.Increment(ref _heartbeatAcks);
    }
}
