using AsyncBot.Core.Fetch;
using AsyncBot.Core.Race;

namespace AsyncBot.History;

/// <summary>What a run was and how it went, in the terms users type (<c>race</c>, <c>gather</c>, <c>delay</c>).</summary>
/// <param name="Command"><c>race</c> or <c>fetch</c>.</param>
/// <param name="Mode">The mode's name.</param>
/// <param name="Work">The work's name for a race; null for a fetch.</param>
/// <param name="Count">How many tasks or URLs.</param>
/// <param name="Elapsed">Wall time of the whole run.</param>
/// <param name="Sum">The tasks' (or responses') durations added up.</param>
/// <param name="Speedup">How many times faster than one after another (a compare run's ratio); 0 when unmeasured.</param>
/// <param name="Outcome"><c>finished</c>, <c>cancelled</c> or <c>failed</c>.</param>
internal sealed record RunFacts(string Command, string Mode, string? Work, int Count, TimeSpan Elapsed, TimeSpan Sum, double Speedup, string Outcome)
{
    /// <summary>The outcome of a run that ran to its end.</summary>
    public const string Finished = "finished";

    /// <summary>The facts of a race.</summary>
    public static RunFacts Of(RaceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcome = result.Outcome switch
        {
            RaceOutcome.Finished => Finished,
            RaceOutcome.Cancelled => "cancelled",
            _ => "failed",
        };
        return new("race", RaceModeNames.Name(result.Mode), RaceWorkNames.Name(result.Work), result.Count, result.Elapsed,
            result.SumOfDurations, Finite(result.Speedup), outcome);
    }

    /// <summary>The facts of a fetch; a compare run's speedup is its ratio, as for a race.</summary>
    public static RunFacts Of(FetchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var speedup = result.Mode == FetchMode.Compare ? result.Ratio ?? 0 : result.Speedup;
        return new("fetch", result.Mode.ToName(), null, result.Count, result.Elapsed, result.SumOfDurations, Finite(speedup),
            result.Cancelled ? "cancelled" : Finished);
    }

    /// <summary>Databases differ on NaN and infinity; a run that measured nothing is simply 0.</summary>
    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
