namespace AsyncBot.Core.Race;

/// <summary>How a run (or a <c>compare</c> leg) ended.</summary>
public enum RaceOutcome : byte
{
    /// <summary>Every task finished.</summary>
    Finished,

    /// <summary>Cancelled part-way; the tasks say which finished.</summary>
    Cancelled,

    /// <summary>Something broke (an observer threw); <see cref="RaceResult.Error"/> says what.</summary>
    Failed,
}
