using AsyncBot.History;
using AsyncBot.History.Storage;
using AsyncBot.Tests.History.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.History;

/// <summary>The background writer against a real SQLite file, its retries and pruning on a fake clock.</summary>
public sealed class RunHistoryWriterTests : IDisposable
{
    private readonly HistoryFolder _folder = new();
    private readonly FakeTimeProvider _time = new(SampleRuns.Noon);
    private readonly HistoryQueue _queue = new();

    [Fact]
    public async Task Record_DatabaseUp_IsWrittenWithoutTheClockMoving()
    {
        var store = new SqliteHistoryStore(_folder.ConnectionString);
        await using var writer = await StartWriterAsync(store);

        _queue.Enqueue(SampleRuns.Race("1", SampleRuns.Noon));

        await WaitUntilAsync(async () => (await store.LatestAsync("1", 5)).Count == 1);
    }

    [Fact]
    public async Task DatabaseDown_EntriesWaitAndAreWrittenOnTheRetryAfterItIsBack()
    {
        // A regular file where the database's folder should be: nobody, root included, can create the database.
        var blocker = Path.Combine(_folder.Root, "data");
        File.WriteAllText(blocker, string.Empty);
        var store = new SqliteHistoryStore($"Data Source={Path.Combine(blocker, "history.db")}");
        _queue.Enqueue(SampleRuns.Race("1", SampleRuns.Noon));
        await using var writer = await StartWriterAsync(store);
        await WaitUntilAsync(() => Task.FromResult(!_queue.IsAvailable));

        File.Delete(blocker);
        _time.Advance(RunHistoryWriter.RetryDelay - TimeSpan.FromSeconds(1));
        await Task.Yield();
        Assert.False(_queue.IsAvailable);

        await WaitUntilAsync(() =>
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            return Task.FromResult(_queue.IsAvailable);
        });
        await WaitUntilAsync(async () => (await store.LatestAsync("1", 5)).Count == 1);
    }

    [Fact]
    public async Task Start_PrunesRowsOlderThanKeepDays()
    {
        var store = new SqliteHistoryStore(_folder.ConnectionString);
        await store.MigrateAsync();
        await store.AppendAsync([SampleRuns.Race("old", SampleRuns.Noon.AddDays(-31)), SampleRuns.Race("recent", SampleRuns.Noon.AddDays(-29))]);

        await using var writer = await StartWriterAsync(store);

        await WaitUntilAsync(async () => (await store.LatestAsync("old", 5)).Count == 0);
        Assert.Single(await store.LatestAsync("recent", 5));
    }

    [Fact]
    public async Task Forget_WhileTheUsersRunsWait_TheyAreNeverWritten()
    {
        var store = new SqliteHistoryStore(_folder.ConnectionString);
        await store.MigrateAsync();
        var history = new RunHistory(_queue, store, _time);
        history.Record(SampleRuns.Race("1", SampleRuns.Noon));

        await history.ForgetAsync("1");
        history.Record(SampleRuns.Race("2", SampleRuns.Noon));
        await using var writer = await StartWriterAsync(store);

        await WaitUntilAsync(async () => (await store.LatestAsync("2", 5)).Count == 1);
        Assert.Empty(await store.LatestAsync("1", 5));
    }

    [Fact]
    public void Enqueue_QueueFull_DropsAndCounts()
    {
        for (var i = 0; i <= HistoryQueue.Capacity; i++)
        {
            _queue.Enqueue(SampleRuns.Race("1", SampleRuns.Noon));
        }

        Assert.Equal(1, _queue.TakeDropped());
        Assert.Equal(HistoryQueue.Capacity, _queue.Reader.Count);
    }

    private async Task<StoppingWriter> StartWriterAsync(IHistoryStore store)
    {
        var writer = new RunHistoryWriter(_queue, store, _time, Microsoft.Extensions.Options.Options.Create(new HistoryOptions()), NullLogger<RunHistoryWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        return new StoppingWriter(writer);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await Safely(condition))
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(10);
        }
    }

    /// <summary>A read before the writer created the schema counts as "not yet".</summary>
    private static async Task<bool> Safely(Func<Task<bool>> condition)
    {
        try
        {
            return await condition();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
    }

    public void Dispose() => _folder.Dispose();

    private sealed class StoppingWriter(RunHistoryWriter writer) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await writer.StopAsync(CancellationToken.None);
            writer.Dispose();
        }
    }
}
