namespace AsyncBot.Playground.Web.Views;

/// <summary>An uploaded file and where the page fetches it.</summary>
internal sealed record AttachmentView(string FileName, string Url, string ContentType, string? Description, bool IsImage);
