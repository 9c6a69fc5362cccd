namespace AsyncBot.Discord.Rest.Json;

/// <summary>
/// The message part of a callback (types 4 and 7), a followup, or an edit. Null fields are left out, which on an edit
/// means "unchanged"; an empty <see cref="Components"/> list is sent and removes the buttons.
/// </summary>
internal sealed class MessageBody
{
    public string? Content { get; init; }

    public IReadOnlyList<EmbedBody>? Embeds { get; init; }

    public int? Flags { get; init; }

    public AllowedMentionsBody? AllowedMentions { get; init; }

    public IReadOnlyList<ComponentBody>? Components { get; init; }

    public IReadOnlyList<AttachmentBody>? Attachments { get; init; }
}
