using AsyncBot.Discord;

namespace AsyncBot.Discord.Tests;

public class DiscordLimitsTests
{
    [Fact]
    public void Limits_AreDiscordsDocumentedValues()
    {
        Assert.Equal(2000, DiscordLimits.MessageContentLength);
        Assert.Equal(TimeSpan.FromSeconds(3), DiscordLimits.InteractionAnswerWindow);
        Assert.Equal(TimeSpan.FromMinutes(15), DiscordLimits.InteractionTokenLifetime);
    }

    [Fact]
    public void InteractionAnswerWindow_IsFarShorterThanTheTokenLifetime()
    {
        // Followups rely on the token outliving the first answer by minutes.
        Assert.True(DiscordLimits.InteractionTokenLifetime > DiscordLimits.InteractionAnswerWindow * 100);
    }
}
