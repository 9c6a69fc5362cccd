using System.Text.Json.Serialization;

namespace AsyncBot.Discord.Rest.Json;

/// <summary>
/// Source-generated JSON metadata for every REST body, so nothing is serialized by reflection (AOT-safe).
/// Snake-case names match Discord's; null members are left out unless a type says otherwise.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InteractionCallbackBody))]
[JsonSerializable(typeof(MessageBody))]
[JsonSerializable(typeof(MessageResponseBody))]
[JsonSerializable(typeof(CallbackResponseBody))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(RateLimitBody))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandBody>))]
[JsonSerializable(typeof(List<ApplicationCommandBody>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
internal sealed partial class DiscordRestJsonContext : JsonSerializerContext;
