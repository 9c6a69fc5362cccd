using System.Text.Json.Serialization;

namespace AsyncBot.Playground.Web.Views;

/// <summary>Source-generated JSON for the page's wire types: no reflection, so the AOT publish stays clean.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ServerFrame))]
[JsonSerializable(typeof(ClientFrame))]
[JsonSerializable(typeof(IReadOnlyList<CommandView>))]
internal sealed partial class PlaygroundJsonContext : JsonSerializerContext;
