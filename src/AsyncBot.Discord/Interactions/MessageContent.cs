namespace AsyncBot.Discord.Interactions;

/// <summary>
/// A message the bot posts or edits, independent of the wire. The REST layer always adds
/// <c>allowed_mentions: {"parse": []}</c>, so no content can ping anyone.
/// </summary>
/// <param name="Content">Text, at most <see cref="DiscordLimits.MessageContentLength"/> characters.</param>
/// <param name="Components">Action rows; an empty list removes components on edit, null leaves them.</param>
/// <param name="Ephemeral">Only the invoker sees it (flag 64). Only meaningful on creation.</param>
/// <param name="Embeds">Embeds, at most 10.</param>
/// <param name="Attachments">Files to upload (sent as multipart).</param>
/// <param name="SuppressNotifications">
/// No push or desktop notification (flag 4096), e.g. for the many per-event lines of a run. Only meaningful on creation.
/// </param>
/// <param name="SuppressEmbeds">No link previews (flag 4), e.g. for lines that name URLs a user typed.</param>
public sealed record MessageContent(
    string? Content = null,
    IReadOnlyList<ActionRow>? Components = null,
    bool Ephemeral = false,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<FileAttachment>? Attachments = null,
    bool SuppressNotifications = false,
    bool SuppressEmbeds = false);

/// <summary>A row of buttons (component type 1).</summary>
/// <param name="Buttons">One to five buttons.</param>
public sealed record ActionRow(IReadOnlyList<Button> Buttons);

/// <summary>A button (component type 2) that sends an interaction when clicked.</summary>
/// <param name="CustomId">1–100 characters, unique within the message.</param>
/// <param name="Label">At most 80 characters.</param>
/// <param name="Style">Visual style.</param>
/// <param name="Disabled">Greyed out.</param>
public sealed record Button(string CustomId, string Label, ButtonStyle Style = ButtonStyle.Secondary, bool Disabled = false);

/// <summary>Button styles with a custom id (Discord's numbering).</summary>
public enum ButtonStyle
{
    /// <summary>Blurple.</summary>
    Primary = 1,
    /// <summary>Grey.</summary>
    Secondary = 2,
    /// <summary>Green.</summary>
    Success = 3,
    /// <summary>Red.</summary>
    Danger = 4,
}

/// <summary>A minimal embed.</summary>
/// <param name="Title">Title, at most 256 characters.</param>
/// <param name="Description">Description, at most 4096 characters.</param>
/// <param name="ImageUrl">Image URL, e.g. <c>attachment://timeline.png</c>.</param>
/// <param name="Color">RGB colour.</param>
public sealed record Embed(string? Title = null, string? Description = null, string? ImageUrl = null, int? Color = null);

/// <summary>A file to upload with a message.</summary>
/// <param name="FileName">File name, e.g. <c>timeline.png</c>.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Description">Alt text.</param>
public sealed record FileAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content, string? Description = null);
