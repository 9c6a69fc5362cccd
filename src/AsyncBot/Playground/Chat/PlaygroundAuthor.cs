namespace AsyncBot.Playground.Chat;

/// <summary>Who posted a message.</summary>
/// <param name="Id">User snowflake.</param>
/// <param name="Name">Display name.</param>
/// <param name="Bot">Shows the BOT tag.</param>
internal sealed record PlaygroundAuthor(string Id, string Name, bool Bot);
