namespace AsyncBot.Playground.Web.Views;

/// <summary>Who posted a message.</summary>
internal sealed record AuthorView(string Id, string Name, bool Bot);
