namespace AsyncBot.Playground.Web.Views;

/// <summary>The visitor a tab is.</summary>
internal sealed record VisitorView(string Id, string Name);
