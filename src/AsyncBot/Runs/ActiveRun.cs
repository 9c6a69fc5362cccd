namespace AsyncBot.Runs;

/// <summary>
/// One admitted run: its id, its owner and the cancellation that both the Cancel button and shutdown reach.
/// Disposing it frees its slot in the registry.
/// </summary>
public sealed class ActiveRun : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly Action<ActiveRun> _release;
    private int _disposed;

    internal ActiveRun(string id, string ownerId, CancellationTokenSource cancellation, Action<ActiveRun> release)
    {
        Id = id;
        OwnerId = ownerId;
        _cancellation = cancellation;
        _release = release;
    }

    /// <summary>The run id (the interaction id of the command that started it).</summary>
    public string Id { get; }

    /// <summary>The user who started it: the only one who may cancel it.</summary>
    public string OwnerId { get; }

    /// <summary>Fires when the owner cancels or the bot shuts down.</summary>
    public CancellationToken CancellationToken => _cancellation.Token;

    /// <summary>Whether the shutdown (rather than the owner) cancelled it.</summary>
    public bool CancelledByShutdown { get; private set; }

    internal void Cancel(bool byShutdown)
    {
        CancelledByShutdown |= byShutdown;
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run ended between the lookup and the cancel: nothing left to stop.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _release(this);
            _cancellation.Dispose();
        }
    }
}
