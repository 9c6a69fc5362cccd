using AsyncBot.Runs;

namespace AsyncBot.Tests.Runs.Support;

/// <summary>A stand-in for an engine run: starts, then holds until the run's token fires, and returns a summary.</summary>
internal sealed class HeldRun
{
    private readonly TaskCompletionSource<CancellationToken> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The launcher's whole handling of the command: admission, the run, the summary.</summary>
    public Task Launch { get; set; } = Task.CompletedTask;

    /// <summary>Completes with the run's token once the launcher admitted the run and started it.</summary>
    public Task<CancellationToken> Started => _started.Task;

    public async Task<RunSummary> RunAsync(RunConversation conversation, CancellationToken cancellationToken)
    {
        _started.TrySetResult(cancellationToken);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return new RunSummary("stopped");
        }

        return new RunSummary("never");
    }
}
