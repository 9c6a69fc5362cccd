namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Adds and finds the fake REST module.</summary>
public static class FakeDiscordRestExtensions
{
    /// <summary>
    /// Adds a <see cref="FakeRestModule"/> to <paramref name="options"/> and returns the options, for
    /// <c>FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest(r =&gt; r.Time = clock))</c>.
    /// </summary>
    public static FakeDiscordOptions WithRest(this FakeDiscordOptions options, Action<FakeRestOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rest = new FakeRestOptions();
        configure?.Invoke(rest);
        options.Modules.Add(new FakeRestModule(options, rest));
        return options;
    }

    /// <summary>The server's REST module (its interactions, messages, commands, request log and faults).</summary>
    public static FakeRestModule Rest(this FakeDiscordServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return server.Options.Rest();
    }

    /// <summary>The REST module added to these options.</summary>
    public static FakeRestModule Rest(this FakeDiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Modules.OfType<FakeRestModule>().FirstOrDefault()
            ?? throw new InvalidOperationException("No REST module: build the options with WithRest().");
    }
}
