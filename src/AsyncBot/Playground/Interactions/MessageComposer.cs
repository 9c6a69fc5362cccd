using System.Security.Cryptography;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord;
using AsyncBot.Playground.Chat;

namespace AsyncBot.Playground.Interactions;

/// <summary>Turns the bot's <see cref="MessageContent"/> into channel messages and edits, checking Discord's limits.</summary>
internal static class MessageComposer
{
    private const int MaxRows = 5;
    private const int MaxButtonsPerRow = 5;
    private const int MaxEmbeds = 10;

    /// <summary>The bot as an author.</summary>
    public static PlaygroundAuthor Bot { get; } = new(PlaygroundIds.BotUserId, PlaygroundIds.BotName, Bot: true);

    /// <summary>Throws Discord's 50035 (or 50006 for an empty message) when <paramref name="message"/> breaks a limit.</summary>
    public static void Check(MessageContent message, string route, bool creating)
    {
        if (message.Content is { Length: > DiscordLimits.MessageContentLength })
        {
            throw PlaygroundErrors.InvalidBody(route, $"content must be {DiscordLimits.MessageContentLength} or fewer in length");
        }

        if (message.Components is { } rows && (rows.Count > MaxRows || rows.Any(r => r.Buttons.Count is 0 or > MaxButtonsPerRow)))
        {
            throw PlaygroundErrors.InvalidBody(route, "components must be at most 5 rows of 1 to 5 buttons");
        }

        if (message.Embeds is { Count: > MaxEmbeds })
        {
            throw PlaygroundErrors.InvalidBody(route, "embeds must be 10 or fewer");
        }

        if (creating && string.IsNullOrEmpty(message.Content) && message.Embeds is not { Count: > 0 }
            && message.Attachments is not { Count: > 0 } && message.Components is not { Count: > 0 })
        {
            throw new DiscordRequestException(System.Net.HttpStatusCode.BadRequest, 50006, "Cannot send an empty message", route);
        }
    }

    /// <summary>A new message from the bot.</summary>
    public static PlaygroundMessage Create(string id, MessageContent message, DateTimeOffset now, string? visibleTo, PlaygroundInvocation? invocation) => new()
    {
        Id = id,
        Author = Bot,
        Timestamp = now,
        Content = message.Content,
        Components = message.Components ?? [],
        Embeds = message.Embeds ?? [],
        Attachments = Store(message.Attachments),
        VisibleTo = visibleTo,
        Invocation = invocation,
    };

    /// <summary>
    /// Applies an edit the way Discord does: absent fields stay, present ones replace. Filling a "thinking"
    /// placeholder is not shown as an edit.
    /// </summary>
    public static PlaygroundMessage Edit(PlaygroundMessage existing, MessageContent message, DateTimeOffset now) => existing with
    {
        Content = message.Content ?? existing.Content,
        Components = message.Components ?? existing.Components,
        Embeds = message.Embeds ?? existing.Embeds,
        Attachments = message.Attachments is null ? existing.Attachments : Store(message.Attachments),
        EditedTimestamp = existing.Thinking ? existing.EditedTimestamp : now,
        Thinking = false,
    };

    private static IReadOnlyList<StoredAttachment> Store(IReadOnlyList<FileAttachment>? files) =>
        files is null ? [] : [.. files.Select(f => new StoredAttachment(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), f.FileName, f.ContentType, f.Content.ToArray(), f.Description))];
}
