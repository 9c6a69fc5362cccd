namespace AsyncBot.Core.Race;

/// <summary>Receives a run's events the moment they happen.</summary>
/// <remarks>
/// The engine calls <see cref="OnEvent"/> one call at a time, in the order the events happened, while holding the
/// run's lock — that is what keeps a task's Finished after its Started and RunFinished last, even though task
/// continuations run on many threads. So an implementation needs no locking of its own, and must not block or
/// await: hand slow work (Discord, a console under load) to a queue such as <see cref="RaceEventChannel"/>.
/// For runs of many thousand tasks an observer may decline task events through <see cref="WantsTaskEvents"/>;
/// the engine times every task regardless.
/// </remarks>
public interface IRaceObserver
{
    /// <summary>Called once per event, serialized, in order.</summary>
    /// <param name="raceEvent">The event; copy it if you keep it.</param>
    void OnEvent(in RaceEvent raceEvent);

    /// <summary>
    /// Asked once per run (and leg) before any task event: whether this observer wants task events for a run of
    /// <paramref name="taskCount"/> tasks. When no observer does, the engine still times every task but builds
    /// and delivers no task events, which is most of its per-task cost in a million-task run.
    /// </summary>
    /// <param name="taskCount">How many tasks the run has.</param>
    bool WantsTaskEvents(int taskCount) => true;
}
