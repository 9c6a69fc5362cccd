namespace AsyncBot.Discord.Rest.Json;

/// <summary>An embed with the fields AsyncBot uses.</summary>
internal sealed class EmbedBody
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public int? Color { get; init; }

    public EmbedImageBody? Image { get; init; }
}

/// <summary>An embed image; <c>attachment://name</c> shows an uploaded file.</summary>
internal sealed class EmbedImageBody
{
    public string Url { get; init; } = string.Empty;
}
