namespace AsyncBot.Playground.Chat;

/// <summary>What a reply answers, shown above it the way Discord does.</summary>
/// <param name="UserId">Who invoked it.</param>
/// <param name="UserName">Their display name.</param>
/// <param name="Name">The command name (<c>race</c>) or the button's label.</param>
/// <param name="ViaButton">True for a button click, false for a slash command.</param>
internal sealed record PlaygroundInvocation(string UserId, string UserName, string Name, bool ViaButton);
