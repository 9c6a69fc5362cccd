using System.Text.Json;
using AsyncBot.Discord.Gateway.Payloads;

namespace AsyncBot.Discord.Gateway;

/// <summary>Serializes the frames this client sends, as UTF-8 JSON.</summary>
internal static class GatewayFrames
{
    /// <summary>
    /// Intents 0: <c>INTERACTION_CREATE</c> is not gated by any intent, and asking for none keeps Discord from
    /// sending guild events the bot would only throw away.
    /// </summary>
    public const int Intents = 0;

    private const string ClientName = "AsyncBot";

    /// <summary>Op 1: <c>{"op":1,"d":&lt;last s or null&gt;}</c>.</summary>
    public static byte[] Heartbeat(long? lastSequence) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new OutgoingFrame<long?> { Op = (int)GatewayOpCode.Heartbeat, D = lastSequence },
            GatewayJsonContext.Default.OutgoingFrameNullableInt64);

    /// <summary>Op 2 Identify.</summary>
    public static byte[] Identify(DiscordToken token, int shardId, int shardCount) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new OutgoingFrame<IdentifyData>
            {
                Op = (int)GatewayOpCode.Identify,
                D = new IdentifyData
                {
                    Token = token.IdentifyValue,
                    Intents = Intents,
                    Properties = new IdentifyData.IdentifyProperties { Os = OperatingSystemName(), Browser = ClientName, Device = ClientName },
                    Shard = [shardId, shardCount],
                },
            },
            GatewayJsonContext.Default.OutgoingFrameIdentifyData);

    /// <summary>Op 6 Resume.</summary>
    public static byte[] Resume(DiscordToken token, string sessionId, long lastSequence) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new OutgoingFrame<ResumeData>
            {
                Op = (int)GatewayOpCode.Resume,
                D = new ResumeData { Token = token.IdentifyValue, SessionId = sessionId, Seq = lastSequence },
            },
            GatewayJsonContext.Default.OutgoingFrameResumeData);

    private static string OperatingSystemName() =>
        OperatingSystem.IsLinux() ? "linux"
        : OperatingSystem.IsWindows() ? "windows"
        : OperatingSystem.IsMacOS() ? "macos"
        : "unknown";
}
