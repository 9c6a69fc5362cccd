namespace AsyncBot.Core.Fetch;

/// <summary>How one URL ended; mirrors the terminal <see cref="FetchEventKind"/>s.</summary>
public enum FetchOutcome
{
    /// <summary>A response arrived (any status code).</summary>
    Finished,

    /// <summary>No response; see <see cref="FetchUrlResult.Failure"/> and <see cref="FetchUrlResult.Error"/>.</summary>
    Failed,

    /// <summary>Refused by the safety policy; nothing was sent.</summary>
    Refused,

    /// <summary>The run was cancelled first.</summary>
    Cancelled,
}
