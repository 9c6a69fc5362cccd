using System.Text.Json;

namespace AsyncBot.Discord.Rest.Json;

/// <summary>A command option on the wire.</summary>
internal sealed class ApplicationCommandOptionBody
{
    public int Type { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    /// <summary>Discord leaves it out when false; AsyncBot always writes it.</summary>
    public bool? Required { get; init; }

    public IReadOnlyList<ApplicationCommandChoiceBody>? Choices { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }
}

/// <summary>A choice; <see cref="Value"/> is a JSON string or number depending on the option type.</summary>
internal sealed class ApplicationCommandChoiceBody
{
    public string Name { get; init; } = string.Empty;

    public JsonElement Value { get; init; }
}
