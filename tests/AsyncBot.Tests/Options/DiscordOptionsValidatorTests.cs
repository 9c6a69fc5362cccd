using AsyncBot.Discord;
using AsyncBot.Options;

namespace AsyncBot.Tests.Options;

public class DiscordOptionsValidatorTests
{
    private const string FakeToken = "MTMwNjU2MTkzNDc4NjcxOTc4Ng.GfAkE0.FAKE-token-for-loopback-tests-only-00000";
    private readonly DiscordOptionsValidator _validator = new();

    [Fact]
    public void Validate_NoToken_Succeeds()
    {
        Assert.True(_validator.Validate(null, new DiscordOptions()).Succeeded);
    }

    [Fact]
    public void Validate_WellFormedToken_Succeeds()
    {
        Assert.True(_validator.Validate(null, new DiscordOptions { Token = FakeToken }).Succeeded);
    }

    [Fact]
    public void Validate_MalformedToken_NamesKeyWithoutEchoingToken()
    {
        const string bad = "not-a-token-but-secret-anyway";

        var result = _validator.Validate(null, new DiscordOptions { Token = bad });

        Assert.True(result.Failed);
        Assert.Contains("Discord:Token", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(bad, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://discord.com/api/v10", 0, 1, "Discord:ApiBaseUrl")]
    [InlineData("https://discord.com/api/v10", 1, 1, "Discord:ShardId")]
    [InlineData("https://discord.com/api/v10", 0, 0, "Discord:ShardCount")]
    public void Validate_BadValue_NamesTheKey(string api, int shardId, int shardCount, string key)
    {
        var options = new DiscordOptions { ApiBaseUrl = new Uri(api), ShardId = shardId, ShardCount = shardCount };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc123")]
    [InlineData("zz2b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9")]
    public void Validate_HttpInteractionsWithoutAHexPublicKey_NamesTheKey(string? publicKey)
    {
        var result = _validator.Validate(null, new DiscordOptions { Token = FakeToken, Interactions = InteractionDelivery.Http, PublicKey = publicKey });

        Assert.True(result.Failed);
        Assert.Contains("Discord:PublicKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("64 hex digits", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpInteractionsWithAPublicKey_Succeeds()
    {
        using var signer = new AsyncBot.FakeDiscord.Http.FakeInteractionSigner();

        var result = _validator.Validate(null, new DiscordOptions { Token = FakeToken, Interactions = InteractionDelivery.Http, PublicKey = signer.PublicKeyHex });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_GatewayInteractionsWithoutAPublicKey_Succeeds()
    {
        Assert.True(_validator.Validate(null, new DiscordOptions { Token = FakeToken }).Succeeded);
    }
}
