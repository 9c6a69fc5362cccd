namespace AsyncBot.Playground.Web.Views;

/// <summary>A choice of an option.</summary>
internal sealed record ChoiceView(string Name, string Value);
