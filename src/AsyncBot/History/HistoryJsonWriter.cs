using System.Text;
using System.Text.Json;

namespace AsyncBot.History;

/// <summary>The console's <c>history --json</c> object: <c>{"runs": [...]}</c>, newest first.</summary>
internal static class HistoryJsonWriter
{
    public static string ToJson(IReadOnlyList<RunRecord> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("count", runs.Count);
            json.WriteStartArray("runs");
            foreach (var run in runs)
            {
                var facts = run.Facts;
                json.WriteStartObject();
                json.WriteString("at", run.At.UtcDateTime);
                json.WriteString("user_id", run.UserId);
                json.WriteString("guild_id", run.GuildId);
                json.WriteString("channel_id", run.ChannelId);
                json.WriteString("command", facts.Command);
                json.WriteString("mode", facts.Mode);
                json.WriteString("work", facts.Work);
                json.WriteNumber("count", facts.Count);
                json.WriteNumber("elapsed_ms", Math.Round(facts.Elapsed.TotalMilliseconds, 1));
                json.WriteNumber("sum_ms", Math.Round(facts.Sum.TotalMilliseconds, 1));
                json.WriteNumber("speedup", Math.Round(facts.Speedup, 2));
                json.WriteString("outcome", facts.Outcome);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
