namespace AsyncBot.History;

/// <summary>
/// Run history as the commands see it: a never-blocking <see cref="Record"/> on the run's path, and the questions
/// <c>/history</c> asks. Readers throw <see cref="HistoryUnavailableException"/> when the database cannot answer.
/// </summary>
internal interface IRunHistory
{
    /// <summary>False when <c>History:Enabled</c> is false: nothing is recorded and nothing can be asked.</summary>
    bool IsEnabled { get; }

    /// <summary>False while the database refuses writes (or has not been reached yet after a failure).</summary>
    bool IsAvailable { get; }

    /// <summary>Queues a finished run for the background writer. Never blocks, never throws.</summary>
    void Record(RunRecord record);

    /// <summary>A user's newest runs and best speedup.</summary>
    Task<PersonalHistory> ForUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>A server's fastest finished runs of the last seven days.</summary>
    Task<IReadOnlyList<RunRecord>> FastestInServerAsync(string guildId, CancellationToken cancellationToken = default);

    /// <summary>The newest runs of everyone (the console's view).</summary>
    Task<IReadOnlyList<RunRecord>> LatestAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every stored row of the user now, and drops their runs still waiting to be written. Returns how many
    /// rows were deleted.
    /// </summary>
    Task<int> ForgetAsync(string userId, CancellationToken cancellationToken = default);
}
