namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>What tests can observe: frames, closes, counts, and a way to wait for any of them.</summary>
public sealed partial class FakeGateway
{
    private readonly List<ClientFrame> _frames = [];
    private readonly List<int> _clientCloseCodes = [];
    private readonly List<int> _serverCloseCodes = [];
    private readonly List<string> _gatewayBotUserAgents = [];
    private readonly List<FakeInteraction> _interactions = [];
    private readonly List<FakeIdentify> _identifies = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _identifyCount;
    private int _resumeCount;
    private int _heartbeatCount;
    private int _readyCount;
    private int _resumedCount;
    private int _refusedIdentifies;
    private int _heartbeatTimeouts;

    /// <summary>
    /// Raised for every interaction, just before its frame is sent, so another module (the REST fake) can register
    /// the id and token before the bot can answer. Handlers run under the session's lock: keep them short.
    /// </summary>
    public event Action<FakeInteraction>? InteractionSent;

    /// <summary>Every frame the client sent, in order.</summary>
    public IReadOnlyList<ClientFrame> ClientFrames => Read(() => _frames.ToArray());

    /// <summary>All connections so far.</summary>
    public IReadOnlyList<FakeConnectionInfo> Connections => Read(() => _connections.Select(c => c.Snapshot()).ToArray());

    /// <summary>How many WebSocket connections were opened.</summary>
    public int ConnectionCount => Read(() => _connections.Count);

    /// <summary>Op 2 frames received (accepted or not).</summary>
    public int IdentifyCount => Read(() => _identifyCount);

    /// <summary>Every well-formed Identify that reached the session-start check: when, which shard, whether accepted.</summary>
    public IReadOnlyList<FakeIdentify> Identifies => Read(() => _identifies.ToArray());

    /// <summary>Op 6 frames received.</summary>
    public int ResumeCount => Read(() => _resumeCount);

    /// <summary>Op 1 frames received.</summary>
    public int HeartbeatCount => Read(() => _heartbeatCount);

    /// <summary>READY frames sent.</summary>
    public int ReadyCount => Read(() => _readyCount);

    /// <summary>RESUMED frames sent.</summary>
    public int ResumedCount => Read(() => _resumedCount);

    /// <summary>Identifies answered with op 9 false for exceeding <c>session_start_limit</c>.</summary>
    public int RefusedIdentifyCount => Read(() => _refusedIdentifies);

    /// <summary>Connections closed for missing heartbeats.</summary>
    public int HeartbeatTimeoutCount => Read(() => _heartbeatTimeouts);

    /// <summary>Close codes of closes the client started.</summary>
    public IReadOnlyList<int> ClientCloseCodes => Read(() => _clientCloseCodes.ToArray());

    /// <summary>Close codes of closes the fake started.</summary>
    public IReadOnlyList<int> ServerCloseCodes => Read(() => _serverCloseCodes.ToArray());

    /// <summary>The User-Agent of every <c>GET /gateway/bot</c>.</summary>
    public IReadOnlyList<string> GatewayBotUserAgents => Read(() => _gatewayBotUserAgents.ToArray());

    /// <summary>Interactions delivered so far.</summary>
    public IReadOnlyList<FakeInteraction> SentInteractions => Read(() => _interactions.ToArray());

    /// <summary>The id of the newest session, if any.</summary>
    public string? CurrentSessionId => Read(() => _current?.Id);

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, re-checking whenever the fake records something.
    /// Throws <see cref="TimeoutException"/> (with the fake's counters) after <paramref name="timeout"/> of real time
    /// (default 10 s).
    /// </summary>
    public async Task WaitUntilAsync(Func<FakeGateway, bool> condition, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            try
            {
                await changed.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Fake gateway condition not met in time; {Describe()}");
            }
        }
    }

    /// <summary>A one-line summary of the counters, for failure messages.</summary>
    public string Describe() => Read(() =>
        $"connections {_connections.Count}, identifies {_identifyCount}, resumes {_resumeCount}, heartbeats {_heartbeatCount}, " +
        $"ready {_readyCount}, resumed {_resumedCount}, client closes [{string.Join(',', _clientCloseCodes)}], " +
        $"server closes [{string.Join(',', _serverCloseCodes)}], interactions {_interactions.Count}");

    internal void RecordFrame(ClientFrame frame)
    {
        lock (_gate)
        {
            _frames.Add(frame);
            switch (frame.Op)
            {
                case 1: _heartbeatCount++; break;
                case 2: _identifyCount++; break;
                case 6: _resumeCount++; break;
            }
        }

        NotifyChanged();
    }

    internal void RecordClientClose(int code) => Record(() => _clientCloseCodes.Add(code));

    internal void RecordServerClose(int code) => Record(() => _serverCloseCodes.Add(code));

    internal void RecordHeartbeatTimeout() => Record(() => _heartbeatTimeouts++);

    private void RecordGatewayBotRequest(string userAgent) => Record(() => _gatewayBotUserAgents.Add(userAgent));

    private void RecordInteraction(FakeInteraction interaction)
    {
        Record(() => _interactions.Add(interaction));
        InteractionSent?.Invoke(interaction);
    }

    private void Record(Action change)
    {
        lock (_gate)
        {
            change();
        }

        NotifyChanged();
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private void NotifyChanged()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }
}
