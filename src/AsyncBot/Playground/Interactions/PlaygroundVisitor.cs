namespace AsyncBot.Playground.Interactions;

/// <summary>A person on the page: the user id handlers see (run owner, ephemeral target) and the name they gave.</summary>
/// <param name="UserId">User snowflake.</param>
/// <param name="Name">Display name, already cleaned.</param>
internal sealed record PlaygroundVisitor(string UserId, string Name);
