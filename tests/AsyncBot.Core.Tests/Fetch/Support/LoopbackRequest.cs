namespace AsyncBot.Core.Tests.Fetch.Support;

/// <summary>One request as the loopback server saw it.</summary>
internal sealed record LoopbackRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    public string Path => Target.Split('?')[0];

    public string? Query(string name) =>
        Target.Contains('?')
            ? Target[(Target.IndexOf('?') + 1)..].Split('&')
                .Select(pair => pair.Split('=', 2))
                .Where(pair => pair[0] == name)
                .Select(pair => Uri.UnescapeDataString(pair.Length > 1 ? pair[1] : string.Empty))
                .FirstOrDefault()
            : null;
}
