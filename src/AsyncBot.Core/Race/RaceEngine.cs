using System.Collections.Immutable;

namespace AsyncBot.Core.Race;

/// <summary>
/// Runs a <see cref="RacePlan"/> in its mode with its work, on the injected clock, publishing each event the moment
/// it happens. Stateless and thread-safe: one instance serves every run.
/// </summary>
/// <param name="timeProvider">Every delay, timer and timestamp of a run goes through it.</param>
public sealed class RaceEngine(TimeProvider timeProvider)
{
    private readonly TimeProvider _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <summary>Runs the plan to the end, or until <paramref name="cancellationToken"/> fires.</summary>
    /// <param name="plan">What to run.</param>
    /// <param name="observer">Receives every event, serialized and in order (see <see cref="IRaceObserver"/>).</param>
    /// <param name="cancellationToken">Cancels the run: running tasks get Cancelled events, then RunCancelled.</param>
    /// <returns>
    /// The result. Never faults or cancels: cancellation and failures (an observer that throws) are the result's
    /// <see cref="RaceResult.Outcome"/>. With <see cref="RaceWork.Blocking"/> the run holds a dedicated thread of
    /// its own for its whole length, so the caller's thread is never the one blocked.
    /// </returns>
    public Task<RaceResult> RunAsync(RacePlan plan, IRaceObserver observer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observer);
        if (plan.Work != RaceWork.Blocking)
        {
            return RunCoreAsync(plan, observer, cancellationToken);
        }

        // Blocking work blocks whatever thread runs the leg, which is the point of the demo; that thread should be
        // a dedicated one, not the caller's (a Discord dispatcher) nor a pool thread the rest of the app needs.
        return Task.Factory.StartNew(
            () => RunCoreAsync(plan, observer, cancellationToken),
            CancellationToken.None,
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default).Unwrap();
    }

    /// <summary>Starts the run and hands its events over through a channel, for consumers that prefer to await them.</summary>
    /// <param name="plan">What to run.</param>
    /// <param name="maxTasksWithEvents">Above this many tasks only run and leg events are streamed.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public LiveRace Start(RacePlan plan, int maxTasksWithEvents = RaceEventChannel.DefaultMaxTasksWithEvents, CancellationToken cancellationToken = default)
    {
        var channel = new RaceEventChannel(maxTasksWithEvents);
        var result = RunAsync(plan, channel, cancellationToken);

        // Completes the channel even if the observer never saw a terminal event, so readers cannot hang.
        _ = result.ContinueWith(
            static (_, state) => ((RaceEventChannel)state!).Complete(),
            channel,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return new LiveRace(channel.Reader, result);
    }

    private async Task<RaceResult> RunCoreAsync(RacePlan plan, IRaceObserver observer, CancellationToken cancellationToken)
    {
        if (plan.Work == RaceWork.Cpu)
        {
            // Once per process, before the clock starts, so the first CPU race is not charged for it.
            await Task.Run(CpuBurner.EnsureCalibrated, CancellationToken.None).ConfigureAwait(false);
        }

        var run = new RaceRun(plan, observer, _time);
        RaceResult result;
        try
        {
            run.PublishRunEvent(RaceEventKind.RunStarted);
            result = plan.Mode == RaceMode.Compare
                ? await CompareAsync(run, cancellationToken).ConfigureAwait(false)
                : await new RaceLegRunner(new RaceLeg(run, plan.Mode, 0), cancellationToken).RunAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Only run-level publishing can throw here (legs contain their own); report, don't leak.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            result = NotRun(plan, run.Now(), ex.Message);
        }

        try
        {
            run.PublishRunEvent(TerminalKind(result.Outcome), result.Error);
        }
#pragma warning disable CA1031 // The run is over and its result stands; a broken observer cannot change it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return result;
    }

    private static async Task<RaceResult> CompareAsync(RaceRun run, CancellationToken cancellationToken)
    {
        var sequential = await RunLegAsync(run, RaceMode.Sequential, 0, cancellationToken).ConfigureAwait(false);
        var gather = sequential.Outcome == RaceOutcome.Finished
            ? await RunLegAsync(run, RaceMode.Gather, 1, cancellationToken).ConfigureAwait(false)
            : null;
        var last = gather ?? sequential;
        return new RaceResult
        {
            Mode = RaceMode.Compare,
            Work = run.Plan.Work,
            Outcome = last.Outcome,
            Count = run.Plan.Count,
            Elapsed = run.Now(),
            SumOfDurations = run.Plan.SumOfDurations,
            Legs = gather is null ? [sequential] : [sequential, gather],
            Ratio = gather is { Outcome: RaceOutcome.Finished } && gather.Elapsed > TimeSpan.Zero
                ? sequential.Elapsed / gather.Elapsed
                : null,
            Error = last.Error,
        };
    }

    private static async Task<RaceResult> RunLegAsync(RaceRun run, RaceMode mode, int index, CancellationToken cancellationToken)
    {
        var leg = new RaceLeg(run, mode, index);
        leg.PublishLegEvent(RaceEventKind.LegStarted);
        var result = await new RaceLegRunner(leg, cancellationToken).RunAsync().ConfigureAwait(false);
        if (result.Outcome == RaceOutcome.Finished)
        {
            leg.PublishLegEvent(RaceEventKind.LegFinished);
        }

        return result;
    }

    private static RaceResult NotRun(RacePlan plan, TimeSpan elapsed, string error)
    {
        var tasks = ImmutableArray.CreateBuilder<RaceTaskResult>(plan.Count);
        for (var i = 0; i < plan.Count; i++)
        {
            tasks.Add(new RaceTaskResult(i, plan.Tasks[i]));
        }

        return new RaceResult
        {
            Mode = plan.Mode,
            Work = plan.Work,
            Outcome = RaceOutcome.Failed,
            Count = plan.Count,
            Elapsed = elapsed,
            SumOfDurations = plan.SumOfDurations,
            Tasks = plan.Mode == RaceMode.Compare ? [] : tasks.MoveToImmutable(),
            Error = error,
        };
    }

    private static RaceEventKind TerminalKind(RaceOutcome outcome) => outcome switch
    {
        RaceOutcome.Cancelled => RaceEventKind.RunCancelled,
        RaceOutcome.Failed => RaceEventKind.RunFailed,
        _ => RaceEventKind.RunFinished,
    };
}
