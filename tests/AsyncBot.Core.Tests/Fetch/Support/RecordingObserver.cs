using AsyncBot.Core.Fetch;

namespace AsyncBot.Core.Tests.Fetch.Support;

/// <summary>Keeps every event, and lets a test wait for the first event that matches.</summary>
internal sealed class RecordingObserver : IFetchObserver
{
    private readonly Lock _gate = new();
    private readonly List<FetchEvent> _events = [];
    private readonly List<(Func<FetchEvent, bool> Match, TaskCompletionSource<FetchEvent> Signal)> _waiters = [];

    public IReadOnlyList<FetchEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public void OnEvent(FetchEvent fetchEvent)
    {
        lock (_gate)
        {
            _events.Add(fetchEvent);
            foreach (var waiter in _waiters.Where(waiter => waiter.Match(fetchEvent)).ToList())
            {
                waiter.Signal.TrySetResult(fetchEvent);
                _waiters.Remove(waiter);
            }
        }
    }

    public Task<FetchEvent> WaitForAsync(Func<FetchEvent, bool> match)
    {
        lock (_gate)
        {
            var seen = _events.FirstOrDefault(match);
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            var signal = new TaskCompletionSource<FetchEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
