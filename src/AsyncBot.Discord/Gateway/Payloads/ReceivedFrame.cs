using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary>Any frame from Discord: <c>{"op", "d", "s", "t"}</c>. <c>d</c> stays raw until the op says what it is.</summary>
internal sealed class ReceivedFrame
{
    [JsonRequired]
    public int Op { get; set; }

    public JsonElement D { get; set; }

    public long? S { get; set; }

    public string? T { get; set; }
}
