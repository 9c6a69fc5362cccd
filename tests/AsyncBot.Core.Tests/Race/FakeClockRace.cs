using AsyncBot.Core.Race;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Core.Tests.Race;

/// <summary>
/// Runs a plan on a fake clock. Tests move the clock themselves, waiting before each move until the engine has
/// caught up (its timers armed, or an event that proves it), so every offset is exact and nothing waits in real time.
/// </summary>
internal sealed class FakeClockRace
{
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(20);

    public FakeClockRace()
    {
        Engine = new RaceEngine(Time);
    }

    public TimerCountingClock Time { get; } = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public RecordingObserver Observer { get; } = new();

    public RaceEngine Engine { get; }

    public static RacePlan Plan(string tasks = "A:2 B:3 C:1", string mode = "gather", string work = "delay", RaceOptions? limits = null)
    {
        Assert.True(RacePlanParser.TryParse(tasks, mode, work, limits ?? new RaceOptions(), out var plan, out var error), error);
        return plan;
    }

    public Task<RaceResult> Start(RacePlan plan, CancellationToken cancellationToken = default) =>
        Engine.RunAsync(plan, Observer, cancellationToken);

    /// <summary>
    /// Moves the clock on a pool thread. xunit runs tests under its own SynchronizationContext, and continuations
    /// are only inlined where there is none, so advancing from the test's thread would push every timer
    /// continuation to the pool and let the next advance overtake it. From the pool, everything that can run
    /// inline has run when this returns.
    /// </summary>
    public Task AdvanceAsync(TimeSpan delta) => Task.Run(() => Time.Advance(delta));

    /// <inheritdoc cref="AdvanceAsync(TimeSpan)"/>
    public Task AdvanceAsync(double seconds) => AdvanceAsync(TimeSpan.FromSeconds(seconds));

    /// <summary>
    /// Moves the clock forward in steps until the run ends. Before each step it waits until the engine is waiting on
    /// the clock: a timer is armed and no work the last step released is still queued. Waiting for an event instead
    /// (Started) is not enough on a busy machine: a step taken too early overtakes the work still catching up, and
    /// what that work stamps lands a whole step late.
    /// </summary>
    public async Task<RaceResult> RunToEndAsync(Task<RaceResult> run, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + SafetyTimeout;
        while (true)
        {
            await WaitUntilWaitingOnTheClockAsync(run, deadline);
            if (run.IsCompleted)
            {
                return await run;
            }

            await AdvanceAsync(step);
        }
    }

    /// <summary>Returns once <paramref name="count"/> timers are armed, or the run is over.</summary>
    public async Task WaitForArmedTimersAsync(Task run, int count)
    {
        var deadline = DateTime.UtcNow + SafetyTimeout;
        while (!run.IsCompleted && Time.ArmedTimers < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{Time.ArmedTimers} of {count} timers armed");
            await Task.Delay(1);
        }
    }

    public static async Task<RaceResult> Finish(Task<RaceResult> run) => await run.WaitAsync(SafetyTimeout);

    private async Task WaitUntilWaitingOnTheClockAsync(Task run, DateTime deadline)
    {
        // Continuations that hop to the pool (Task.WhenEach) or the blocking thread waking up have to run before the
        // next step. A busy pool only delays this loop; the armed timer is the condition that cannot be skipped.
        var idleChecks = 0;
        while (!run.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "the run did not finish");
            if (Time.ArmedTimers > 0 && (ThreadPool.PendingWorkItemCount == 0 || ++idleChecks > 100))
            {
                // One more turn for work a pool thread has taken but not finished.
                await Task.Delay(1);
                if (Time.ArmedTimers > 0)
                {
                    return;
                }
            }

            await Task.Delay(1);
        }
    }
}
