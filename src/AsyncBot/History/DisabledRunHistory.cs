namespace AsyncBot.History;

/// <summary>History switched off (or a host that keeps none, like the playground): records go nowhere.</summary>
internal sealed class DisabledRunHistory : IRunHistory
{
    public bool IsEnabled => false;

    public bool IsAvailable => false;

    public void Record(RunRecord record)
    {
    }

    public Task<PersonalHistory> ForUserAsync(string userId, CancellationToken cancellationToken = default) => throw Off();

    public Task<IReadOnlyList<RunRecord>> FastestInServerAsync(string guildId, CancellationToken cancellationToken = default) => throw Off();

    public Task<IReadOnlyList<RunRecord>> LatestAsync(int limit, CancellationToken cancellationToken = default) => throw Off();

    public Task<int> ForgetAsync(string userId, CancellationToken cancellationToken = default) => throw Off();

    private static HistoryUnavailableException Off() => new("Run history is switched off (History:Enabled=false).");
}
