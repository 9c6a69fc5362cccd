using AsyncBot.Discord.Interactions;

namespace AsyncBot.Discord.Rest.Json;

/// <summary>Turns the wire-independent message types into Discord's JSON shapes.</summary>
internal static class MessageBodyMapper
{
    /// <summary>No link previews.</summary>
    public const int SuppressEmbedsFlag = 1 << 2;

    /// <summary>Only the invoking user sees the message.</summary>
    public const int EphemeralFlag = 1 << 6;

    /// <summary>No push or desktop notification.</summary>
    public const int SuppressNotificationsFlag = 1 << 12;

    /// <summary>The callback body for <paramref name="response"/>.</summary>
    public static InteractionCallbackBody ToCallback(InteractionResponse response) => response.Type switch
    {
        InteractionCallbackType.ChannelMessageWithSource => new() { Type = 4, Data = ToCreate(Require(response)) },

        // Only the ephemeral flag is allowed on a deferred reply; it decides who sees "thinking…" and the final edit.
        InteractionCallbackType.DeferredChannelMessageWithSource => new()
        {
            Type = 5,
            Data = response.Message?.Ephemeral == true ? new MessageBody { Flags = EphemeralFlag } : null,
        },
        InteractionCallbackType.DeferredUpdateMessage => new() { Type = 6 },

        // Type 7 edits an existing message, whose ephemeral state cannot change: no flags.
        InteractionCallbackType.UpdateMessage => new() { Type = 7, Data = ToEdit(Require(response)) },
        _ => throw new ArgumentOutOfRangeException(nameof(response), response.Type, "Unsupported interaction callback type."),
    };

    /// <summary>A new message (callback type 4 data, followup).</summary>
    public static MessageBody ToCreate(MessageContent message)
    {
        var flags = (message.Ephemeral ? EphemeralFlag : 0)
            | (message.SuppressNotifications ? SuppressNotificationsFlag : 0)
            | (message.SuppressEmbeds ? SuppressEmbedsFlag : 0);
        return Map(message, flags == 0 ? null : flags);
    }

    /// <summary>An edit (PATCH, callback type 7): fields left null stay as they are; only SUPPRESS_EMBEDS may be set.</summary>
    public static MessageBody ToEdit(MessageContent message) => Map(message, message.SuppressEmbeds ? SuppressEmbedsFlag : null);

    private static MessageBody Map(MessageContent message, int? flags) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds?.Select(ToEmbed).ToList(),
        Flags = flags,
        AllowedMentions = AllowedMentionsBody.None,
        Components = message.Components?.Select(ToRow).ToList(),
        Attachments = message.Attachments is { Count: > 0 } files
            ? files.Select((f, i) => new AttachmentBody { Id = i, Filename = f.FileName, Description = f.Description }).ToList()
            : null,
    };

    private static ComponentBody ToRow(ActionRow row) => new()
    {
        Type = 1,
        Components = row.Buttons.Select(b => new ComponentBody
        {
            Type = 2,
            Style = (int)b.Style,
            Label = b.Label,
            CustomId = b.CustomId,
            Disabled = b.Disabled ? true : null,
        }).ToList(),
    };

    private static EmbedBody ToEmbed(Embed embed) => new()
    {
        Title = embed.Title,
        Description = embed.Description,
        Color = embed.Color,
        Image = embed.ImageUrl is null ? null : new EmbedImageBody { Url = embed.ImageUrl },
    };

    private static MessageContent Require(InteractionResponse response) =>
        response.Message ?? throw new ArgumentException($"Callback type {(int)response.Type} needs a message.", nameof(response));
}
