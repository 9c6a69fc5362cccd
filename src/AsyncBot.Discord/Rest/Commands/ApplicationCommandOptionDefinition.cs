namespace AsyncBot.Discord.Rest.Commands;

/// <summary>One option of a slash command, independent of the wire.</summary>
/// <param name="Type">Option type.</param>
/// <param name="Name">1–32 lower-case letters, digits, <c>-</c> or <c>_</c>; unique within the command.</param>
/// <param name="Description">1–100 characters.</param>
public sealed record ApplicationCommandOptionDefinition(ApplicationCommandOptionType Type, string Name, string Description)
{
    /// <summary>Whether the user must fill it; required options must come before optional ones.</summary>
    public bool Required { get; init; }

    /// <summary>Fixed choices (at most 25); empty for free input.</summary>
    public IReadOnlyList<ApplicationCommandChoice> Choices { get; init; } = [];

    /// <summary>Minimum length of a string option (0–6000).</summary>
    public int? MinLength { get; init; }

    /// <summary>Maximum length of a string option (1–6000).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Minimum of an integer or number option.</summary>
    public double? MinValue { get; init; }

    /// <summary>Maximum of an integer or number option.</summary>
    public double? MaxValue { get; init; }
}
