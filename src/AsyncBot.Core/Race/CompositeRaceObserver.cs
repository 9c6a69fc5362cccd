namespace AsyncBot.Core.Race;

/// <summary>
/// Fans one event out to several observers, in order, and honours each one's answer to
/// <see cref="IRaceObserver.WantsTaskEvents"/>, so a JSON recorder that declined a huge run's task events does not
/// get them just because a console printer beside it asked for them.
/// </summary>
internal sealed class CompositeRaceObserver(IRaceObserver[] observers) : IRaceObserver
{
    private bool[]? _wantsTaskEvents;

    public void OnEvent(in RaceEvent raceEvent)
    {
        for (var i = 0; i < observers.Length; i++)
        {
            if (!raceEvent.IsTaskEvent || _wantsTaskEvents is null || _wantsTaskEvents[i])
            {
                observers[i].OnEvent(in raceEvent);
            }
        }
    }

    public bool WantsTaskEvents(int taskCount)
    {
        var wants = new bool[observers.Length];
        var any = false;
        for (var i = 0; i < observers.Length; i++)
        {
            wants[i] = observers[i].WantsTaskEvents(taskCount);
            any |= wants[i];
        }

        _wantsTaskEvents = wants;
        return any;
    }
}
