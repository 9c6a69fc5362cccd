namespace AsyncBot.Playground.Web.Views;

/// <summary>A slash command for the message box's autocomplete.</summary>
internal sealed record CommandView(string Name, string Description, IReadOnlyList<OptionView> Options);
