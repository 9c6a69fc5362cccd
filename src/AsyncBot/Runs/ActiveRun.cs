namespace AsyncBot.Runs;

/// <summary>
/// One admitted run: its id, its owner and the cancellation that the Cancel button and shutdown both reach.
/// Disposing it frees its slot in the registry that admitted it.
/// </summary>
public sealed class ActiveRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly Func<ActiveRun, ValueTask> _release;
    private int _disposed;

    internal ActiveRun(string id, string ownerId, CancellationTokenSource cancellation, Func<ActiveRun, ValueTask> release)
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
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            try
            {
                await _release(this).ConfigureAwait(false);
            }
            finally
            {
                _cancellation.Dispose();
            }
        }
    }
}
