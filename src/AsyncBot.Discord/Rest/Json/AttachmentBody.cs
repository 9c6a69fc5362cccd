namespace AsyncBot.Discord.Rest.Json;

/// <summary>An entry of <c>attachments</c>; <see cref="Id"/> is the <c>n</c> of the <c>files[n]</c> part.</summary>
internal sealed class AttachmentBody
{
    public int Id { get; init; }

    public string Filename { get; init; } = string.Empty;

    public string? Description { get; init; }
}
