using System.Text.Json;
using AsyncBot.Discord.Rest.Json;

namespace AsyncBot.Discord.Rest.RateLimits;

/// <summary>Reads a 429 body. Null means it was not Discord's JSON, which is how a Cloudflare ban looks.</summary>
internal static class RateLimitBodyReader
{
    public static RateLimitBody? TryRead(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, DiscordRestJsonContext.Default.RateLimitBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
