namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Fires the regular heartbeat: first after <c>interval × jitter</c> (so bots reconnecting together spread out),
/// then every interval. One periodic timer created at Hello fixes the whole schedule up front, so a slow send can
/// never push later beats back, and FakeTimeProvider tests see every tick at its exact due time.
/// </summary>
internal sealed class HeartbeatSchedule : IDisposable
{
    private readonly ITimer _timer;

    /// <summary>Starts the schedule.</summary>
    /// <param name="time">The clock.</param>
    /// <param name="interval">Hello's <c>heartbeat_interval</c>.</param>
    /// <param name="jitter">A random number in [0, 1).</param>
    /// <param name="onDue">Called on every tick; must not block (it runs on a timer thread).</param>
    public HeartbeatSchedule(TimeProvider time, TimeSpan interval, double jitter, Action onDue)
    {
        Interval = interval;
        FirstDelay = GetFirstDelay(interval, jitter);
        _timer = time.CreateTimer(static state => ((Action)state!)(), onDue, FirstDelay, interval);
    }

    /// <summary>The regular interval.</summary>
    public TimeSpan Interval { get; }

    /// <summary>The delay before the first beat.</summary>
    public TimeSpan FirstDelay { get; }

    /// <summary>
    /// <c>interval × jitter</c>, at least 1 ms: a zero due time would fire before the Identify it is meant to follow.
    /// </summary>
    public static TimeSpan GetFirstDelay(TimeSpan interval, double jitter)
    {
        var first = interval * Math.Clamp(jitter, 0, 1);
        return first < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : first;
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();
}
