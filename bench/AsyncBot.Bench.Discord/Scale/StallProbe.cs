using AsyncBot.Bench.Discord.Load;
using AsyncBot.Bench.Output;

namespace AsyncBot.Bench.Discord.Scale;

/// <summary>
/// Watches the bench's own process while the burst is answered, since it hosts the fake Discord (and the store) that
/// every answer passes through: how late a 5 ms timer fires (the bench's thread pool falling behind), how long a
/// store round trip takes (a PING from here, when there is a store), and the GC pauses the bench itself took. A
/// latency the replicas did not cause shows up here.
/// </summary>
internal sealed class StallProbe : IAsyncDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(5);

    private readonly CancellationTokenSource _stop = new();
    private readonly List<double> _timerLateMs = [];
    private readonly List<double> _storeMs = [];
    private readonly TimeSpan _pausedBefore = GC.GetTotalPauseDuration();
    private readonly int _gen2Before = GC.CollectionCount(2);
    private readonly Task _timer;
    private readonly Task _store;
    private TimeSpan _paused;
    private int _gen2;

    public StallProbe(GarnetStore? store)
    {
        _timer = Task.Run(() => TimerLoopAsync(_stop.Token));
        _store = store is null ? Task.CompletedTask : Task.Run(() => StoreLoopAsync(store, _stop.Token));
    }

    /// <summary>Stops sampling; call when the burst is answered, before reading the figures.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_timer, _store);
        _paused = GC.GetTotalPauseDuration() - _pausedBefore;
        _gen2 = GC.CollectionCount(2) - _gen2Before;
    }

    public ResultLine AddTo(ResultLine line) => line
        .Add("bench_timer_late_ms_p99", LoadAnalysis.Percentile(_timerLateMs, 99))
        .Add("bench_timer_late_ms_max", LoadAnalysis.Percentile(_timerLateMs, 100))
        .Add("bench_gc_pause_ms", _paused.TotalMilliseconds)
        .Add("bench_gc_gen2", _gen2)
        .Add("store_ping_ms_p50", LoadAnalysis.Percentile(_storeMs, 50))
        .Add("store_ping_ms_max", LoadAnalysis.Percentile(_storeMs, 100));

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private async Task TimerLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var before = TimeProvider.System.GetTimestamp();
            try
            {
                await Task.Delay(Tick, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _timerLateMs.Add((TimeProvider.System.GetElapsedTime(before) - Tick).TotalMilliseconds);
        }
    }

    private async Task StoreLoopAsync(GarnetStore store, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            _storeMs.Add((await store.PingAsync()).TotalMilliseconds);
            try
            {
                await Task.Delay(Tick, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
