using AsyncBot.History.Storage;

namespace AsyncBot.History;

/// <summary>The history of one process: records go through <see cref="HistoryQueue"/>, questions go to the store.</summary>
internal sealed class RunHistory : IRunHistory
{
    /// <summary>How many of a user's runs <c>/history</c> lists.</summary>
    public const int PersonalCount = 5;

    /// <summary>How many runs the server board lists.</summary>
    public const int ServerCount = 10;

    /// <summary>
    /// A question gets this long before the answer is "unavailable": an interaction must be answered within 3 s,
    /// and a database that is this slow is as good as down for a person waiting.
    /// </summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private readonly HistoryQueue _queue;
    private readonly IHistoryStore _store;
    private readonly TimeProvider _timeProvider;

    public RunHistory(HistoryQueue queue, IHistoryStore store, TimeProvider timeProvider)
    {
        _queue = queue;
        _store = store;
        _timeProvider = timeProvider;
    }

    public bool IsEnabled => true;

    public bool IsAvailable => _queue.IsAvailable;

    public void Record(RunRecord record) => _queue.Enqueue(record);

    public Task<PersonalHistory> ForUserAsync(string userId, CancellationToken cancellationToken = default) =>
        AskAsync(async ct =>
        {
            var latest = await _store.LatestAsync(userId, PersonalCount, ct).ConfigureAwait(false);
            var best = await _store.BestSpeedupAsync(userId, ct).ConfigureAwait(false);
            return new PersonalHistory(latest, best);
        }, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> FastestInServerAsync(string guildId, CancellationToken cancellationToken = default) =>
        AskAsync(ct => _store.FastestAsync(guildId, _timeProvider.GetUtcNow() - Week, ServerCount, ct), cancellationToken);

    public Task<IReadOnlyList<RunRecord>> LatestAsync(int limit, CancellationToken cancellationToken = default) =>
        AskAsync(ct => _store.LatestAsync(null, limit, ct), cancellationToken);

    public Task<int> ForgetAsync(string userId, CancellationToken cancellationToken = default) =>
        AskAsync(async ct =>
        {
            // Under the writer's gate: a batch already taken from the queue is either written before this delete
            // or filtered out by the mark, never inserted after it.
            await _queue.WriteGate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                _queue.Forget(userId);
                return await _store.ForgetAsync(userId, ct).ConfigureAwait(false);
            }
            finally
            {
                _queue.WriteGate.Release();
            }
        }, cancellationToken);

    private async Task<T> AskAsync<T>(Func<CancellationToken, Task<T>> question, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(AnswerTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await question(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new HistoryUnavailableException("The history database did not answer in time.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not HistoryUnavailableException)
        {
            // Whatever the provider throws (no file, read-only folder, server down, bad password), it means the same
            // thing to a person asking: not now.
            throw new HistoryUnavailableException(ex.Message, ex);
        }
    }
}
