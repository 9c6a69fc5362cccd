using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>Reads the fixture files copied next to the test assembly (<c>Fixtures/*.json</c>).</summary>
public static class FakeFixtures
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The fixture's text.</summary>
    public static string Text(string fileName) =>
        Cache.GetOrAdd(fileName, static name => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    /// <summary>A fresh, mutable copy of the fixture's JSON.</summary>
    public static JsonNode Load(string fileName) =>
        JsonNode.Parse(Text(fileName)) ?? throw new InvalidOperationException($"Fixture {fileName} is empty");
}
