using AsyncBot.Discord;

namespace AsyncBot.Discord.Tests;

public class DiscordErrorsTests
{
    [Theory]
    [InlineData(10015)] // Unknown Webhook: the token expired or was never acknowledged
    [InlineData(10062)] // Unknown interaction
    [InlineData(50027)] // Invalid Webhook Token
    public void IsInteractionTokenDead_CodesThatRetireTheToken_AreDead(int code)
    {
        Assert.True(DiscordErrors.IsInteractionTokenDead(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(10008)] // one unknown message: the token still works for others
    [InlineData(40060)] // already acknowledged: the token still sends followups
    [InlineData(50035)] // a bad body: the next one may be fine
    public void IsInteractionTokenDead_OtherCodes_AreNot(int? code)
    {
        Assert.False(DiscordErrors.IsInteractionTokenDead(code));
    }
}
