namespace AsyncBot.Runs;

/// <summary>
/// Draws run pictures a few at a time (half the cores, at least one). Drawing is CPU work: when hundreds of runs end
/// together, drawing all their pictures at once takes every core from the lines, summaries and acknowledgements of
/// every other run, and all of them arrive seconds late. A picture that cannot start within <see cref="MaxWait"/> is
/// skipped, so its summary still goes out on time, as text.
/// </summary>
internal sealed class PictureLane(TimeProvider timeProvider) : IDisposable
{
    /// <summary>How long a run waits for a free lane before its summary goes without the picture.</summary>
    internal static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(0.5);

    private readonly SemaphoreSlim _lanes = new(Math.Max(1, Environment.ProcessorCount / 2));

    /// <inheritdoc />
    public void Dispose() => _lanes.Dispose();

    /// <summary>Runs <paramref name="draw"/> in a free lane; null when none came free in time.</summary>
    public async Task<T?> TryDrawAsync<T>(Func<T?> draw, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(draw);
        using var timeout = new CancellationTokenSource(MaxWait, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await _lanes.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        try
        {
            return draw();
        }
        finally
        {
            _lanes.Release();
        }
    }
}
