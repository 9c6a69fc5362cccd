namespace AsyncBot.Runs;

/// <summary>What a cancel request did.</summary>
public enum CancelOutcome
{
    /// <summary>The run was going and is now cancelled.</summary>
    Cancelled,
    /// <summary>The run belongs to someone else.</summary>
    NotOwner,
    /// <summary>No such run is going (finished already, or never existed).</summary>
    NotFound,
    /// <summary>The shared store holding run state cannot be reached, so whose run it is cannot be told.</summary>
    Unavailable,
}
