using AsyncBot.Discord.Interactions;

namespace AsyncBot.Playground.Chat;

/// <summary>One message in the playground's channel, as the bot or the playground posted it.</summary>
internal sealed record PlaygroundMessage
{
    /// <summary>Message snowflake.</summary>
    public required string Id { get; init; }

    /// <summary>Who posted it.</summary>
    public required PlaygroundAuthor Author { get; init; }

    /// <summary>When it was posted.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>When it was last edited (shown as "(edited)"), null when never.</summary>
    public DateTimeOffset? EditedTimestamp { get; init; }

    /// <summary>Markdown text.</summary>
    public string? Content { get; init; }

    /// <summary>Rows of buttons.</summary>
    public IReadOnlyList<ActionRow> Components { get; init; } = [];

    /// <summary>Embeds.</summary>
    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    /// <summary>Uploaded files.</summary>
    public IReadOnlyList<StoredAttachment> Attachments { get; init; } = [];

    /// <summary>For an ephemeral message, the one user who may see it; null when everyone may.</summary>
    public string? VisibleTo { get; init; }

    /// <summary>The command or button this message answers ("Ada used /race"), when it is an interaction's reply.</summary>
    public PlaygroundInvocation? Invocation { get; init; }

    /// <summary>The "AsyncBot is thinking…" placeholder of a deferred reply, until its first edit.</summary>
    public bool Thinking { get; init; }

    /// <summary>Whether <paramref name="userId"/> may see this message.</summary>
    public bool IsVisibleTo(string userId) => VisibleTo is null || string.Equals(VisibleTo, userId, StringComparison.Ordinal);
}
