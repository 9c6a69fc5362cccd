namespace AsyncBot.Playground.Web.Views;

/// <summary>An option of a command.</summary>
internal sealed record OptionView(string Name, string Description, bool Required, IReadOnlyList<ChoiceView> Choices);
