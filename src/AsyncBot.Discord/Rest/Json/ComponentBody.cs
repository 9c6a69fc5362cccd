namespace AsyncBot.Discord.Rest.Json;

/// <summary>A legacy component: an action row (type 1, with <see cref="Components"/>) or a button (type 2).</summary>
internal sealed class ComponentBody
{
    public int Type { get; init; }

    public IReadOnlyList<ComponentBody>? Components { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    /// <summary>Sent only when true; Discord's default is false.</summary>
    public bool? Disabled { get; init; }
}
