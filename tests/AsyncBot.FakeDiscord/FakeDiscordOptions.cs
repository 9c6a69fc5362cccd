namespace AsyncBot.FakeDiscord;

/// <summary>Switches and settings of the fake Discord.</summary>
public sealed class FakeDiscordOptions
{
    /// <summary>The token the fake accepts. Shaped like a real one, but fake.</summary>
    public string Token { get; set; } = "MTMwNjU2MTkzNDc4NjcxOTc4Ng.GfAkE0.FAKE-token-for-loopback-tests-only-00000";

    /// <summary>The application (and bot user) id.</summary>
    public string ApplicationId { get; set; } = "1306561934786719786";

    /// <summary>The modules to host; each protocol area adds itself here.</summary>
    public IList<IFakeDiscordModule> Modules { get; } = [];
}
