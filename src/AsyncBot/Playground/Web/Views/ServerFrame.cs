namespace AsyncBot.Playground.Web.Views;

/// <summary>
/// Everything the server sends over the socket. <c>hello</c> (you, messages), <c>upsert</c> (message) or
/// <c>notice</c> (text).
/// </summary>
internal sealed record ServerFrame(
    string Type,
    VisitorView? You = null,
    IReadOnlyList<MessageView>? Messages = null,
    MessageView? Message = null,
    string? Text = null);
