using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AsyncBot.Discord.Interactions;
using BenchmarkDotNet.Attributes;

namespace AsyncBot.Bench.Micro;

/// <summary>
/// Parsing an <c>INTERACTION_CREATE</c> frame as the gateway does: the envelope into <c>ReceivedFrame</c> with the
/// gateway's source-generated JSON context, then <c>InteractionParser.Parse</c> on its <c>d</c>. Both are internal
/// to AsyncBot.Discord; they are reached through <see cref="UnsafeAccessorAttribute"/> (no reflection on the hot
/// path, no change to src/), so this measures the production code itself. Frames are the recorded fixtures.
/// </summary>
[MemoryDiagnoser]
public class InteractionFrameBenchmarks
{
    private const string Assembly = "AsyncBot.Discord";
    private const string ContextType = "AsyncBot.Discord.Gateway.Payloads.GatewayJsonContext, " + Assembly;
    private const string FrameType = "AsyncBot.Discord.Gateway.Payloads.ReceivedFrame, " + Assembly;
    private const string ParserType = "AsyncBot.Discord.Gateway.InteractionParser, " + Assembly;

    private byte[] _raceFrame = [];
    private byte[] _buttonFrame = [];
    private JsonTypeInfo _frameInfo = null!;

    [GlobalSetup]
    public void Setup()
    {
        _raceFrame = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "interaction-create-race.json"));
        _buttonFrame = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "interaction-create-cancel-button.json"));
        var context = (JsonSerializerContext)GatewayJson.Default(null);
        _frameInfo = context.GetTypeInfo(Type.GetType(FrameType, throwOnError: true)!)!;
        if (Parse(_raceFrame).Command?.Name != "race")
        {
            throw new InvalidOperationException("the race fixture did not parse as /race");
        }
    }

    [Benchmark(Baseline = true)]
    public Interaction SlashCommand() => Parse(_raceFrame);

    [Benchmark]
    public Interaction ButtonClick() => Parse(_buttonFrame);

    private Interaction Parse(byte[] frame)
    {
        var received = JsonSerializer.Deserialize(frame, _frameInfo)!;
        return GatewayJson.Parse(null, GatewayJson.D(received));
    }

    private static class GatewayJson
    {
        [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "get_Default")]
        [return: UnsafeAccessorType(ContextType)]
        public static extern object Default([UnsafeAccessorType(ContextType)] object? type);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_D")]
        public static extern JsonElement D([UnsafeAccessorType(FrameType)] object frame);

        [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Parse")]
        public static extern Interaction Parse([UnsafeAccessorType(ParserType)] object? type, JsonElement data);
    }
}
