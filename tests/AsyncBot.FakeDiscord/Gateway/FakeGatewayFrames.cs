using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>Frames the fake sends, shaped like the fixtures. <c>s</c> and <c>t</c> are null except on op 0.</summary>
internal static class FakeGatewayFrames
{
    public static string Hello(int intervalMs)
    {
        var frame = FakeFixtures.Load("hello.json");
        frame["d"]!["heartbeat_interval"] = intervalMs;
        return frame.ToJsonString();
    }

    public static string HeartbeatAck(bool bare) => bare ? """{"op":11}""" : FakeFixtures.Load("heartbeat-ack.json").ToJsonString();

    public static string HeartbeatRequest() => """{"op":1,"d":null,"s":null,"t":null}""";

    public static string Reconnect() => FakeFixtures.Load("reconnect.json").ToJsonString();

    public static string InvalidSession(bool resumable) =>
        FakeFixtures.Load(resumable ? "invalid-session-true.json" : "invalid-session-false.json").ToJsonString();

    public static JsonObject ReadyData(string sessionId, Uri resumeUrl, string applicationId, JsonNode? shard)
    {
        var d = FakeFixtures.Load("ready.json")["d"]!.AsObject();
        d.Parent?.AsObject().Remove("d");
        d["session_id"] = sessionId;
        d["resume_gateway_url"] = resumeUrl.ToString().TrimEnd('/');
        d["user"]!["id"] = applicationId;
        d["application"]!["id"] = applicationId;
        d["shard"] = shard?.DeepClone() ?? new JsonArray(0, 1);
        return d;
    }

    public static JsonObject ResumedData()
    {
        var d = FakeFixtures.Load("resumed.json")["d"]!.AsObject();
        d.Parent?.AsObject().Remove("d");
        return d;
    }

    public static string Dispatch(string eventName, JsonNode? data, long sequence) =>
        new JsonObject { ["op"] = 0, ["d"] = data?.DeepClone(), ["s"] = sequence, ["t"] = eventName }.ToJsonString();
}
