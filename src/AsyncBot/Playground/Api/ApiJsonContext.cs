using System.Text.Json.Serialization;

namespace AsyncBot.Playground.Api;

/// <summary>Source-generated JSON for the streamed events (no reflection, so the AOT publish stays warning-free).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StreamedEvent))]
[JsonSerializable(typeof(StreamedPlan))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
