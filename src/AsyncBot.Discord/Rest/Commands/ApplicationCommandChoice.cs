namespace AsyncBot.Discord.Rest.Commands;

/// <summary>A fixed choice of an option.</summary>
/// <param name="Name">What the user sees, 1–100 characters.</param>
/// <param name="Value">
/// The value as invariant text; sent as a JSON number for <see cref="ApplicationCommandOptionType.Integer"/> and
/// <see cref="ApplicationCommandOptionType.Number"/> options, as a string otherwise.
/// </param>
public sealed record ApplicationCommandChoice(string Name, string Value);
