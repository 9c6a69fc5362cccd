namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>What a Resume found.</summary>
internal enum ResumeResult
{
    /// <summary>Replayed and RESUMED sent.</summary>
    Resumed,
    /// <summary>No such session, or it ended or expired: op 9 false.</summary>
    UnknownSession,
    /// <summary>The seq is not one the session holds: close 4007.</summary>
    InvalidSequence,
}
