namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary><c>d</c> of op 6 Resume. A class, not a record, so no generated <c>ToString</c> can print the token.</summary>
internal sealed class ResumeData
{
    public required string Token { get; init; }

    public required string SessionId { get; init; }

    public required long Seq { get; init; }
}
