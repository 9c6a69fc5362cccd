namespace AsyncBot.Playground.Web.Views;

/// <summary>The command definitions as the message box's autocomplete reads them.</summary>
internal static class CommandViews
{
    /// <summary>Views of every command, in registration order.</summary>
    public static IReadOnlyList<CommandView> From(PlaygroundCommands commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return [.. commands.All.Select(c => new CommandView(
            c.Name,
            c.Description,
            [.. c.Options.Select(o => new OptionView(o.Name, o.Description, o.Required, [.. o.Choices.Select(ch => new ChoiceView(ch.Name, ch.Value))]))]))];
    }
}
