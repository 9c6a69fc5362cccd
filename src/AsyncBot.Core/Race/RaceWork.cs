namespace AsyncBot.Core.Race;

/// <summary>What each task does for its seconds. The names users type are in <see cref="RaceWorkNames"/>.</summary>
public enum RaceWork
{
    /// <summary>Awaits a timer, like I/O: the thread is free meanwhile, so concurrent tasks overlap.</summary>
    Delay,

    /// <summary>
    /// Blocks the run's thread like a synchronous sleep, so even "concurrent" modes take the sum: the task
    /// method never returns to its caller before its time is up.
    /// </summary>
    Blocking,

    /// <summary>Burns CPU on the thread pool; overlaps only as far as there are cores.</summary>
    Cpu,
}
