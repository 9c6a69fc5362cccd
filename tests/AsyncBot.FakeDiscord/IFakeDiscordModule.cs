using Microsoft.AspNetCore.Builder;

namespace AsyncBot.FakeDiscord;

/// <summary>One area of the fake (gateway, interactions, commands, rate limits): maps its endpoints.</summary>
public interface IFakeDiscordModule
{
    /// <summary>Maps endpoints before the server starts.</summary>
    void Map(WebApplication app);

    /// <summary>Called once the server listens, so the module can learn its own address.</summary>
    void Attach(FakeDiscordServer server);
}
