using System.Text;
using AsyncBot.Discord.HttpInteractions;
using AsyncBot.FakeDiscord.Http;

namespace AsyncBot.Discord.Tests.HttpInteractions;

public class InteractionSignatureVerifierTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":1,"id":"1","application_id":"2","token":"t","version":1}""");
    private const string Stamp = "1764873600";

    [Fact]
    public void IsValid_SignedByTheKeysPair_IsTrue()
    {
        using var signer = new FakeInteractionSigner();
        var verifier = Create(signer.PublicKeyHex);

        Assert.True(verifier.IsValid(signer.Sign(Stamp, Body), Stamp, Body));
    }

    [Fact]
    public void IsValid_UpperCaseHexSignature_IsTrue()
    {
        using var signer = new FakeInteractionSigner();
        var verifier = Create(signer.PublicKeyHex.ToUpperInvariant());

        Assert.True(verifier.IsValid(signer.Sign(Stamp, Body).ToUpperInvariant(), Stamp, Body));
    }

    [Fact]
    public void IsValid_TamperedBody_IsFalse()
    {
        using var signer = new FakeInteractionSigner();
        var verifier = Create(signer.PublicKeyHex);
        var signature = signer.Sign(Stamp, Body);
        var tampered = (byte[])Body.Clone();
        tampered[^2] ^= 1;

        Assert.False(verifier.IsValid(signature, Stamp, tampered));
    }

    [Fact]
    public void IsValid_OtherTimestampThanSigned_IsFalse()
    {
        using var signer = new FakeInteractionSigner();
        var verifier = Create(signer.PublicKeyHex);

        Assert.False(verifier.IsValid(signer.Sign(Stamp, Body), "1764873601", Body));
    }

    [Fact]
    public void IsValid_SignedByAnotherKey_IsFalse()
    {
        using var signer = new FakeInteractionSigner();
        using var stranger = new FakeInteractionSigner();
        var verifier = Create(signer.PublicKeyHex);

        Assert.False(verifier.IsValid(stranger.Sign(Stamp, Body), Stamp, Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")]
    public void IsValid_MissingOrMalformedSignature_IsFalse(string? signature)
    {
        using var signer = new FakeInteractionSigner();

        Assert.False(Create(signer.PublicKeyHex).IsValid(signature, Stamp, Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void IsValid_MissingTimestamp_IsFalse(string? timestamp)
    {
        using var signer = new FakeInteractionSigner();

        Assert.False(Create(signer.PublicKeyHex).IsValid(signer.Sign(timestamp ?? string.Empty, Body), timestamp, Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-")]
    [InlineData("0123456789abcdef")]
    public void TryCreate_NotAKey_FailsWithAReason(string? key)
    {
        Assert.False(InteractionSignatureVerifier.TryCreate(key, out var verifier, out var error));
        Assert.Null(verifier);
        Assert.Contains("64 hex digits", error, StringComparison.Ordinal);
    }

    private static InteractionSignatureVerifier Create(string hex)
    {
        Assert.True(InteractionSignatureVerifier.TryCreate(hex, out var verifier, out var error), error);
        return verifier!;
    }
}
