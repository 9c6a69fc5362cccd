using System.Text;
using System.Text.Json;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Writes a <see cref="FetchResult"/> as the console's <c>--json</c> object, by hand with <see cref="Utf8JsonWriter"/>
/// (no reflection, AOT-safe). <c>mode</c>, <c>count</c>, <c>elapsed_ms</c> and <c>sum_ms</c> are always at the top;
/// a compare run puts one object per leg under <c>runs</c> and adds <c>ratio</c>.
/// </summary>
public static class FetchJsonWriter
{
    /// <summary>Writes the result as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, FetchResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("mode", result.Mode.ToName());
        writer.WriteNumber("count", result.Count);
        writer.WriteNumber("elapsed_ms", Ms(result.Elapsed));
        writer.WriteNumber("sum_ms", Ms(result.SumOfDurations));
        writer.WriteBoolean("cancelled", result.Cancelled);
        if (result.Mode == FetchMode.Compare)
        {
            WriteNullable(writer, "ratio", result.Ratio is { } ratio ? Math.Round(ratio, 2) : null);
            writer.WriteStartArray("runs");
            foreach (var run in result.Runs)
            {
                writer.WriteStartObject();
                writer.WriteString("mode", run.Mode.ToName());
                writer.WriteNumber("count", run.Urls.Count);
                writer.WriteNumber("elapsed_ms", Ms(run.Elapsed));
                writer.WriteNumber("sum_ms", Ms(run.SumOfDurations));
                writer.WriteBoolean("cancelled", run.Cancelled);
                WriteLegBody(writer, run);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
        else if (result.Runs.Count > 0)
        {
            WriteLegBody(writer, result.Runs[^1]);
        }

        writer.WriteEndObject();
    }

    /// <summary>The result as a JSON string.</summary>
    public static string ToJson(FetchResult result, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteLegBody(Utf8JsonWriter writer, FetchRunResult run)
    {
        writer.WriteNumber("speedup", Math.Round(run.Speedup, 2));
        writer.WriteNumber("received", run.Received);
        writer.WriteStartArray("urls");
        foreach (var url in run.Urls)
        {
            writer.WriteStartObject();
            writer.WriteString("url", url.Url);
            writer.WriteString("outcome", OutcomeName(url.Outcome));
            WriteNullable(writer, "status", url.StatusCode);
            writer.WriteNumber("bytes", url.Bytes);
            WriteNullable(writer, "started_ms", url.StartedAt is { } started ? Ms(started) : null);
            WriteNullable(writer, "finished_ms", url.FinishedAt is { } finished ? Ms(finished) : null);
            writer.WriteBoolean("truncated", url.Truncated);
            writer.WriteNumber("redirects", url.Redirects);
            if (url.Error is null)
            {
                writer.WriteNull("error");
            }
            else
            {
                writer.WriteString("error", url.Error);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string OutcomeName(FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.Finished => "finished",
        FetchOutcome.Refused => "refused",
        FetchOutcome.Cancelled => "cancelled",
        _ => "failed",
    };

    /// <summary>Milliseconds to 0.1 ms: finer digits would be clock noise.</summary>
    private static double Ms(TimeSpan span) => Math.Round(span.TotalMilliseconds, 1);
}
