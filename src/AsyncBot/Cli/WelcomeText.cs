namespace AsyncBot.Cli;

/// <summary>What a newcomer sees when they run the bot with no arguments and no token.</summary>
internal static class WelcomeText
{
    public const string Text = """
        AsyncBot makes async concurrency visible: tasks that wait, run side by side and finish as they happen.
        No Discord token is configured, so here are the same demos for your console:

          dotnet run --project src/AsyncBot -- race                            A:2 B:3 C:1 at once: done in 3 s, not 6
          dotnet run --project src/AsyncBot -- race --mode sequential          one after another: 6 s
          dotnet run --project src/AsyncBot -- race --mode compare             both, with the speedup
          dotnet run --project src/AsyncBot -- race --work blocking            why a blocking sleep kills concurrency
          dotnet run --project src/AsyncBot -- race --count 100000 --seconds 1 a hundred thousand timers, about 1 s
          dotnet run --project src/AsyncBot -- fetch --mode compare            real HTTP requests, one by one vs together
          dotnet run --project src/AsyncBot -- race --png timeline.png         the run as a picture, too
          dotnet run --project src/AsyncBot -- playground                      a Discord-like page at http://127.0.0.1:5080
          dotnet run --project src/AsyncBot -- race --help                     every option

        To run it as a Discord bot, set DISCORD_TOKEN (in .env for docker compose, or in your environment)
        to your bot's token from https://discord.com/developers/applications and run it again; see README.md,
        "Run it in your Discord server".
        """;
}
