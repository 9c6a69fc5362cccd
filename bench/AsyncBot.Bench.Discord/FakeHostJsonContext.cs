using System.Text.Json.Serialization;

namespace AsyncBot.Bench.Discord;

/// <summary>Source-generated JSON for the fake host's few status lines.</summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int))]
internal sealed partial class FakeHostJsonContext : JsonSerializerContext;
