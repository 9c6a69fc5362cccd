namespace AsyncBot.Playground.Web.Wire;

/// <summary>A choice of an option.</summary>
internal sealed record ChoiceView(string Name, string Value);
