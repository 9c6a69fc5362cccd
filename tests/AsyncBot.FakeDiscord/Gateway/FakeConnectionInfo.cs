namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>A snapshot of one gateway connection.</summary>
/// <param name="Id">1, 2, … in order of opening.</param>
/// <param name="Path"><c>/gateway</c> or <c>/gateway-resume</c>.</param>
/// <param name="Query">The query string the client used, e.g. <c>?v=10&amp;encoding=json</c>.</param>
/// <param name="OpenedAt">When it opened, by the fake's clock.</param>
/// <param name="ClientCloseCode">The code of a close the client started, if any.</param>
/// <param name="ServerCloseCode">The code of a close the fake started, if any.</param>
/// <param name="IsOpen">Whether it is still open.</param>
public sealed record FakeConnectionInfo(int Id, string Path, string Query, DateTimeOffset OpenedAt, int? ClientCloseCode, int? ServerCloseCode, bool IsOpen);
