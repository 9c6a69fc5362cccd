namespace AsyncBot.Core.Race;

/// <summary>
/// What one run's legs share: the clock, the start, the observer, and the lock that serializes every event.
/// Taking the clock reading inside the lock is what makes offsets rise in the order observers see them.
/// </summary>
internal sealed class RaceRun
{
    private readonly IRaceObserver _observer;
    private readonly long _startTimestamp;

    public RaceRun(RacePlan plan, IRaceObserver observer, TimeProvider time)
    {
        Plan = plan;
        Time = time;
        _observer = observer;
        PublishesTaskEvents = observer.WantsTaskEvents(plan.Count);
        _startTimestamp = time.GetTimestamp();
    }

    public RacePlan Plan { get; }

    public TimeProvider Time { get; }

    /// <summary>Whether any observer wants task events; when not, tasks are timed but not announced.</summary>
    public bool PublishesTaskEvents { get; }

    /// <summary>Held while a record changes and its event is delivered.</summary>
    public Lock Gate { get; } = new();

    /// <summary>Time since the run started.</summary>
    public TimeSpan Now() => Time.GetElapsedTime(_startTimestamp);

    /// <summary>Delivers an event; the caller holds <see cref="Gate"/>.</summary>
    public void Publish(in RaceEvent raceEvent) => _observer.OnEvent(in raceEvent);

    /// <summary>A run-level event (-1 task index) stamped now.</summary>
    public void PublishRunEvent(RaceEventKind kind, string? error = null)
    {
        lock (Gate)
        {
            var now = Now();
            Publish(new RaceEvent
            {
                Kind = kind,
                Offset = now,
                Mode = Plan.Mode,
                Work = Plan.Work,
                Count = Plan.Count,
                TaskIndex = -1,
                Elapsed = kind == RaceEventKind.RunStarted ? TimeSpan.Zero : now,
                Error = error,
            });
        }
    }
}
