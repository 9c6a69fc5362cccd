using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace AsyncBot.Playground.Web;

/// <summary>
/// Who a tab is. On loopback each tab is its own user, keyed by a random session key the page keeps for the life of
/// the tab (so a reload keeps its runs); a remote visitor is keyed by address instead, so opening more tabs does not
/// buy more runs than <c>Limits:RunsPerUser</c>.
/// </summary>
internal static class VisitorIdentity
{
    /// <summary>Longest display name, as in Discord.</summary>
    public const int MaxNameLength = 32;

    /// <summary>The user id for a tab.</summary>
    /// <param name="sessionKey">The page's random key for this tab.</param>
    /// <param name="remoteAddress">Where the socket came from.</param>
    /// <param name="keyByAddress">True when remote visitors are allowed: non-loopback tabs are then keyed by address.</param>
    public static string UserId(string sessionKey, IPAddress? remoteAddress, bool keyByAddress)
    {
        var key = keyByAddress && remoteAddress is not null && !IPAddress.IsLoopback(remoteAddress)
            ? "address:" + (remoteAddress.IsIPv4MappedToIPv6 ? remoteAddress.MapToIPv4() : remoteAddress)
            : "session:" + sessionKey;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        // 60 bits: a positive, snowflake-sized number that cannot collide with the fixed ids of the bot and app.
        var id = (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 4) | (1UL << 59);
        return id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the page's session key has the shape it generates (base64url, 16–64 characters).</summary>
    public static bool IsSessionKey(string? key) =>
        key is { Length: >= 16 and <= 64 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The display name with whitespace collapsed and control characters removed; null when nothing is left.</summary>
    public static string? CleanName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            // Controls and invisible format characters (right-to-left overrides among them) could disguise a name.
            if (char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(c);
        }

        var cleaned = builder.ToString().Trim();
        if (cleaned.Length > MaxNameLength)
        {
            cleaned = cleaned[..MaxNameLength].TrimEnd();
        }

        return cleaned.Length == 0 ? null : cleaned;
    }
}
