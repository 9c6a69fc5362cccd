using System.Text.Json.Serialization;

namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary>
/// Source-generated (AOT-safe) JSON for every gateway payload. Unknown fields are skipped by default, which is what
/// Discord asks for (<c>_trace</c>, undocumented READY fields, new interaction fields).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ReceivedFrame))]
[JsonSerializable(typeof(OutgoingFrame<IdentifyData>))]
[JsonSerializable(typeof(OutgoingFrame<ResumeData>))]
[JsonSerializable(typeof(OutgoingFrame<long?>))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(InteractionPayload))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
