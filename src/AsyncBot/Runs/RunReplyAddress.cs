namespace AsyncBot.Runs;

/// <summary>
/// Where a run's messages go: the application and the interaction token its followups and edits are sent with. A
/// shared run store keeps it so that, should the replica running the run die, another can tell the run's user. The
/// token is a credential for 15 minutes: it is never logged.
/// </summary>
/// <param name="ApplicationId">The bot's application id.</param>
/// <param name="Token">The interaction's token.</param>
public sealed record RunReplyAddress(string ApplicationId, string Token)
{
    /// <inheritdoc />
    public override string ToString() => $"RunReplyAddress {{ ApplicationId = {ApplicationId}, Token = (hidden) }}";
}
