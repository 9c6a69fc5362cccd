namespace AsyncBot.Discord.Gateway;

/// <summary>Discord closes the connection with 4002 on a sent frame over 4096 bytes; refuse to send one instead.</summary>
internal static class GatewayFrameSize
{
    /// <summary>The largest frame Discord accepts, in UTF-8 bytes.</summary>
    public const int MaxBytes = 4096;

    /// <summary>Throws when <paramref name="frame"/> is too large. The message names the op and size, never the content.</summary>
    public static void EnsureWithinLimit(ReadOnlySpan<byte> frame, int op)
    {
        if (frame.Length > MaxBytes)
        {
            throw new InvalidOperationException(
                $"A gateway frame (op {op}) of {frame.Length} bytes exceeds Discord's {MaxBytes}-byte limit and was not sent");
        }
    }
}
