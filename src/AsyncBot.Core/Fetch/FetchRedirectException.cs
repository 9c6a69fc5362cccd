namespace AsyncBot.Core.Fetch;

/// <summary>A redirect chain the engine will not follow: too long, or pointing nowhere usable.</summary>
internal sealed class FetchRedirectException(string message) : Exception(message);
