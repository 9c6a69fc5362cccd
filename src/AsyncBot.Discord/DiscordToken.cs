namespace AsyncBot.Discord;

/// <summary>
/// A bot token. Its shape is checked once, and it only leaves this type as the Identify payload value or the
/// <c>Authorization</c> header value, so it cannot reach a log through <see cref="ToString"/> or an exception message.
/// </summary>
public sealed class DiscordToken
{
    private readonly string _value;

    private DiscordToken(string value) => _value = value;

    /// <summary>The value for the <c>Authorization</c> header of bot routes: <c>Bot &lt;token&gt;</c>.</summary>
    public string AuthorizationHeaderValue => "Bot " + _value;

    /// <summary>The raw token, as Identify and Resume send it (no <c>Bot </c> prefix).</summary>
    public string IdentifyValue => _value;

    /// <summary>
    /// Checks the token's shape without echoing it. Discord tokens are three base64url segments separated by dots;
    /// a pasted "Bot " prefix or surrounding whitespace is forgiven because operators copy it from many places.
    /// </summary>
    /// <param name="raw">The configured value.</param>
    /// <param name="token">The token when valid.</param>
    /// <param name="error">Why it is not valid, never containing the value itself.</param>
    public static bool TryCreate(string? raw, out DiscordToken? token, out string? error)
    {
        token = null;
        var value = raw?.Trim() ?? string.Empty;
        if (value.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            value = value[4..].Trim();
        }

        if (value.Length == 0)
        {
            error = "is empty";
            return false;
        }

        var parts = value.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0) || !value.All(IsTokenChar))
        {
            error = "is not shaped like a Discord bot token (three dot-separated base64url parts)";
            return false;
        }

        error = null;
        token = new DiscordToken(value);
        return true;
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    /// <inheritdoc />
    public override string ToString() => "DiscordToken(redacted)";
}
