namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>One frame the client sent, as the fake received it.</summary>
/// <param name="ConnectionId">Which connection (1, 2, …).</param>
/// <param name="Op">The opcode, or -1 when the frame was not valid JSON with an integer <c>op</c>.</param>
/// <param name="Json">The frame text (Identify and Resume contain the bot token: tests only).</param>
/// <param name="ReceivedAt">When the fake received it, by <see cref="FakeGatewayOptions.TimeProvider"/>.</param>
public sealed record ClientFrame(int ConnectionId, int Op, string Json, DateTimeOffset ReceivedAt);
