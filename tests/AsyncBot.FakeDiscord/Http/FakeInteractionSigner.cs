using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace AsyncBot.FakeDiscord.Http;

/// <summary>
/// Discord's side of the Interactions Endpoint URL: an Ed25519 key pair whose public half the bot is configured
/// with, signing <c>timestamp + body</c> exactly as Discord does.
/// </summary>
public sealed class FakeInteractionSigner : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key = Key.Create(Algorithm, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None });

    /// <summary>The public key in hex, as the Developer Portal shows it.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>The Unix-seconds timestamp header value for <paramref name="at"/>.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The hex signature of <paramref name="timestamp"/> followed by <paramref name="body"/>.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return Convert.ToHexStringLower(Algorithm.Sign(_key, message));
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
