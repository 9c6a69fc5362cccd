using System.Globalization;
using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;

namespace AsyncBot.Core.Tests.Race;

/// <summary>Keeps every event and lets a test wait, with a real-time safety timeout, until some have arrived.</summary>
internal sealed class RecordingObserver : IRaceObserver
{
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(20);

    private readonly Lock _gate = new();
    private readonly List<RaceEvent> _events = [];
    private readonly List<(Func<IReadOnlyList<RaceEvent>, bool> Condition, TaskCompletionSource Done)> _waiters = [];

    public bool WantsTasks { get; init; } = true;

    public IReadOnlyList<RaceEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Each event that has a line, as <c>offset-in-seconds line</c>, e.g. <c>2 Task A: Finished after 2 sec</c>.</summary>
    public IReadOnlyList<string> Timed => [.. Events
        .Where(e => RaceLines.Line(e) is not null)
        .Select(e => e.Offset.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " " + RaceLines.Line(e))];

    public void OnEvent(in RaceEvent raceEvent)
    {
        lock (_gate)
        {
            _events.Add(raceEvent);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Condition(_events))
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    public bool WantsTaskEvents(int taskCount) => WantsTasks;

    public Task WaitForAsync(Func<IReadOnlyList<RaceEvent>, bool> condition)
    {
        // Completed asynchronously, so the test never runs inside the engine's lock.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition(_events))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((condition, done));
        }

        return done.Task.WaitAsync(SafetyTimeout);
    }

    public Task WaitForLineAsync(string line) =>
        WaitForAsync(events => events.Any(e => RaceLines.Line(e) == line));

    public Task WaitForEndAsync() => WaitForAsync(events => events.Any(e => e.IsTerminal));
}
