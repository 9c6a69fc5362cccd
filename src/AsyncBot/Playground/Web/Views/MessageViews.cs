using System.Globalization;
using AsyncBot.Discord.Interactions;
using AsyncBot.Playground.Chat;

namespace AsyncBot.Playground.Web.Views;

/// <summary>Maps channel messages and command definitions to what the page draws.</summary>
internal static class MessageViews
{
    private const string AttachmentScheme = "attachment://";

    /// <summary>The view of <paramref name="message"/>.</summary>
    public static MessageView From(PlaygroundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var attachments = message.Attachments.Select(a => new AttachmentView(
            a.FileName, AttachmentUrl(message.Id, a), a.ContentType, a.Description, IsImage(a.ContentType))).ToList();
        return new MessageView(
            message.Id,
            new AuthorView(message.Author.Id, message.Author.Name, message.Author.Bot),
            message.Timestamp,
            message.EditedTimestamp,
            message.Content,
            [.. message.Components.Select(r => (IReadOnlyList<ButtonView>)[.. r.Buttons.Select(From)])],
            [.. message.Embeds.Select(e => From(e, message))],
            attachments,
            Ephemeral: message.VisibleTo is not null,
            message.Thinking,
            message.Invocation is { } i ? new InvocationView(i.UserId, i.UserName, i.Name, i.ViaButton) : null);
    }

    /// <summary>Where the page fetches an attachment.</summary>
    public static string AttachmentUrl(string messageId, StoredAttachment attachment) =>
        $"/attachments/{messageId}/{attachment.Key}/{Uri.EscapeDataString(attachment.FileName)}";

    /// <summary>Image types the page shows inline; anything else is offered as a download.</summary>
    public static bool IsImage(string contentType) =>
        contentType is "image/png" or "image/jpeg" or "image/gif" or "image/webp";

    private static ButtonView From(Button button) =>
        new(button.CustomId, button.Label, button.Style.ToString().ToLowerInvariant(), button.Disabled);

    private static EmbedView From(Embed embed, PlaygroundMessage message) => new(
        embed.Title,
        embed.Description,
        ImageUrl(embed.ImageUrl, message),
        embed.Color is { } rgb ? "#" + (rgb & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture) : null);

    /// <summary><c>attachment://name</c> points at the message's own file, as in Discord; other schemes but http(s) are dropped.</summary>
    private static string? ImageUrl(string? url, PlaygroundMessage message)
    {
        if (url is null)
        {
            return null;
        }

        if (url.StartsWith(AttachmentScheme, StringComparison.Ordinal))
        {
            var name = url[AttachmentScheme.Length..];
            var file = message.Attachments.FirstOrDefault(a => string.Equals(a.FileName, name, StringComparison.Ordinal));
            return file is null ? null : AttachmentUrl(message.Id, file);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
    }
}
