using System.Text.Json.Nodes;

namespace AsyncBot.Discord.Tests.Rest;

/// <summary>The shared Discord fixtures (copied to the test output by the fake's project).</summary>
internal static class RestFixtures
{
    public static JsonNode Json(string name) => JsonNode.Parse(Text(name))!;

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The <c>payload_json</c> part of <c>followup-multipart.txt</c>.</summary>
    public static JsonNode MultipartPayload()
    {
        var line = Text("followup-multipart.txt").Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.StartsWith('{'));
        return JsonNode.Parse(line)!;
    }
}
