using AsyncBot.Core.Race;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Core.Tests.Race;

/// <summary>
/// Runs a plan on a <see cref="FakeTimeProvider"/>. Tests move the clock themselves, waiting for the event that
/// proves the engine has caught up before each move, so every offset is exact and nothing waits in real time.
/// </summary>
internal sealed class FakeClockRace
{
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(20);

    public FakeClockRace()
    {
        Engine = new RaceEngine(Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

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

    /// <summary>Moves the clock forward in steps, letting the engine catch up after each.</summary>
    public async Task<RaceResult> RunToEndAsync(Task<RaceResult> run, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + SafetyTimeout;
        while (!run.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "the run did not finish");
            await AdvanceAsync(step);

            // A short real wait: continuations that hop to the pool (Task.WhenEach, the blocking thread) get to run.
            await Task.Delay(1);
        }

        return await run;
    }

    public static async Task<RaceResult> Finish(Task<RaceResult> run) => await run.WaitAsync(SafetyTimeout);
}
