using System.Buffers;
using System.Text;
using NSec.Cryptography;

namespace AsyncBot.Discord.HttpInteractions;

/// <summary>
/// Checks Discord's Ed25519 signature on an interaction POST: <c>X-Signature-Ed25519</c> (hex) over
/// <c>X-Signature-Timestamp</c> followed by the raw body, with the application's public key from the Developer
/// Portal. Discord probes the endpoint with bad signatures and removes the URL of a bot that accepts them.
/// </summary>
/// <remarks>Thread-safe and allocation-light: one instance serves every request.</remarks>
public sealed class InteractionSignatureVerifier
{
    /// <summary>Length of the public key in hex (32 bytes).</summary>
    public const int PublicKeyHexLength = 64;

    private const int SignatureLength = 64;

    // The timestamp is a decimal Unix time in seconds; anything longer is not Discord's and is refused before hashing.
    private const int MaxTimestampLength = 32;

    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    private readonly PublicKey _publicKey;

    private InteractionSignatureVerifier(PublicKey publicKey) => _publicKey = publicKey;

    /// <summary>Imports the hex public key; false with a reason when it is not 64 hex digits of a valid key.</summary>
    public static bool TryCreate(string? publicKeyHex, out InteractionSignatureVerifier? verifier, out string error)
    {
        verifier = null;
        if (publicKeyHex is null || !IsHexKey(publicKeyHex))
        {
            error = $"must be the application's public key: {PublicKeyHexLength} hex digits (Developer Portal → General Information)";
            return false;
        }

        if (!PublicKey.TryImport(Algorithm, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            error = "is not a valid Ed25519 public key";
            return false;
        }

        verifier = new InteractionSignatureVerifier(key);
        error = string.Empty;
        return true;
    }

    /// <summary>Whether <paramref name="value"/> has the shape of a public key: 64 hex digits.</summary>
    public static bool IsHexKey(string? value) =>
        value is { Length: PublicKeyHexLength } && value.All(char.IsAsciiHexDigit);

    /// <summary>
    /// True only when <paramref name="signatureHex"/> is a valid signature of <paramref name="timestamp"/> + <paramref name="body"/>.
    /// Missing or malformed headers are simply false: the caller answers 401 either way.
    /// </summary>
    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is not { Length: SignatureLength * 2 } || string.IsNullOrEmpty(timestamp) || timestamp.Length > MaxTimestampLength)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[SignatureLength];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != SignatureLength)
        {
            return false;
        }

        var stampLength = Encoding.UTF8.GetByteCount(timestamp);
        var rented = ArrayPool<byte>.Shared.Rent(stampLength + body.Length);
        try
        {
            var message = rented.AsSpan(0, stampLength + body.Length);
            Encoding.UTF8.GetBytes(timestamp, message);
            body.CopyTo(message[stampLength..]);
            return Algorithm.Verify(_publicKey, message, signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
