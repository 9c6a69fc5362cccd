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
}
