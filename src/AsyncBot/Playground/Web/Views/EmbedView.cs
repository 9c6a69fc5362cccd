namespace AsyncBot.Playground.Web.Views;

/// <summary>An embed; <paramref name="ImageUrl"/> is a playground path or an http(s) URL, <paramref name="Color"/> is <c>#rrggbb</c>.</summary>
internal sealed record EmbedView(string? Title, string? Description, string? ImageUrl, string? Color);
