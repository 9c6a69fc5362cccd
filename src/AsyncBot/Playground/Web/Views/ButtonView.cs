namespace AsyncBot.Playground.Web.Views;

/// <summary>A button; <paramref name="Style"/> is <c>primary</c>, <c>secondary</c>, <c>success</c> or <c>danger</c>.</summary>
internal sealed record ButtonView(string CustomId, string Label, string Style, bool Disabled);
