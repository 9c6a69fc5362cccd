namespace AsyncBot.Playground.Web.Views;

/// <summary>Everything the page sends: <c>command</c> (text) or <c>click</c> (messageId, customId).</summary>
internal sealed record ClientFrame(string? Type, string? Text, string? MessageId, string? CustomId);
