namespace AsyncBot.Playground.Web.Views;

/// <summary>One message as the page draws it. Text fields are plain text: the page never parses them as HTML.</summary>
internal sealed record MessageView(
    string Id,
    AuthorView Author,
    DateTimeOffset Timestamp,
    DateTimeOffset? EditedTimestamp,
    string? Content,
    IReadOnlyList<IReadOnlyList<ButtonView>> Components,
    IReadOnlyList<EmbedView> Embeds,
    IReadOnlyList<AttachmentView> Attachments,
    bool Ephemeral,
    bool Thinking,
    InvocationView? Invocation);
