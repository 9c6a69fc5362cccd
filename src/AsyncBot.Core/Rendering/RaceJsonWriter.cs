using System.Text;
using System.Text.Json;
using AsyncBot.Core.Race;

namespace AsyncBot.Core.Rendering;

/// <summary>
/// Writes the <c>--json</c> object docs/commands.md describes for a race with <see cref="Utf8JsonWriter"/> (no reflection, so it
/// stays AOT-safe): <c>mode, work, outcome, count, elapsed_ms, sum_ms, speedup, tasks, events</c>, and for
/// <c>compare</c> <c>runs</c> (one such object per leg) and <c>ratio</c>. Above <see cref="MaxTasksWithDetail"/>
/// tasks, <c>tasks</c> and <c>events</c> are left out. Times are milliseconds from the start of the run (for a
/// compare leg, of that leg), to a tenth.
/// </summary>
public static class RaceJsonWriter
{
    /// <summary>The documented limit for listing tasks and events.</summary>
    public const int MaxTasksWithDetail = 1000;

    /// <summary>The object as a string.</summary>
    /// <param name="result">The run.</param>
    /// <param name="events">The run's events, e.g. from <see cref="RaceEventRecorder"/>; null writes none.</param>
    /// <param name="indented">Pretty-print.</param>
    public static string ToJson(RaceResult result, IReadOnlyList<RaceEvent>? events = null, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, result, events);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the object with <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The run.</param>
    /// <param name="events">The run's events, e.g. from <see cref="RaceEventRecorder"/>; null writes none.</param>
    public static void Write(Utf8JsonWriter writer, RaceResult result, IReadOnlyList<RaceEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Mode != RaceMode.Compare)
        {
            WriteRun(writer, result, leg: 0, events);
            return;
        }

        writer.WriteStartObject();
        WriteHeader(writer, result);
        writer.WriteStartArray("runs");
        for (var leg = 0; leg < result.Legs.Length; leg++)
        {
            WriteRun(writer, result.Legs[leg], leg, events);
        }

        writer.WriteEndArray();
        if (result.Ratio is { } ratio)
        {
            writer.WriteNumber("ratio", Math.Round(ratio, 3));
        }
        else
        {
            writer.WriteNull("ratio");
        }

        writer.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter writer, RaceResult run, int leg, IReadOnlyList<RaceEvent>? events)
    {
        writer.WriteStartObject();
        WriteHeader(writer, run);
        writer.WriteNumber("speedup", Math.Round(run.Speedup, 3));
        if (run.Count <= MaxTasksWithDetail)
        {
            WriteTasks(writer, run);
            WriteEvents(writer, run, leg, events);
        }

        writer.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter writer, RaceResult run)
    {
        writer.WriteString("mode", RaceModeNames.Name(run.Mode));
        writer.WriteString("work", RaceWorkNames.Name(run.Work));
        writer.WriteString("outcome", run.Outcome switch
        {
            RaceOutcome.Cancelled => "cancelled",
            RaceOutcome.Failed => "failed",
            _ => "finished",
        });
        writer.WriteNumber("count", run.Count);
        writer.WriteNumber("elapsed_ms", Milliseconds(run.Elapsed));
        writer.WriteNumber("sum_ms", Milliseconds(run.SumOfDurations));
        if (run.Error is not null)
        {
            writer.WriteString("error", run.Error);
        }
    }

    private static void WriteTasks(Utf8JsonWriter writer, RaceResult run)
    {
        var reports = run.Mode is RaceMode.Ordered or RaceMode.AsCompleted;
        writer.WriteStartArray("tasks");
        foreach (var task in run.Tasks)
        {
            writer.WriteStartObject();
            writer.WriteString("name", task.Name);
            writer.WriteNumber("seconds", task.Seconds);
            WriteOffset(writer, "started_ms", task.Started);
            WriteOffset(writer, "finished_ms", task.Ended);
            if (reports)
            {
                WriteOffset(writer, "reported_ms", task.Reported);
            }

            if (task.Order > 0)
            {
                writer.WriteNumber("order", task.Order);
            }
            else
            {
                writer.WriteNull("order");
            }

            writer.WriteString("outcome", task.Outcome switch
            {
                RaceTaskOutcome.Finished => "finished",
                RaceTaskOutcome.Cancelled => "cancelled",
                RaceTaskOutcome.Failed => "failed",
                _ => "not_started",
            });
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter writer, RaceResult run, int leg, IReadOnlyList<RaceEvent>? events)
    {
        writer.WriteStartArray("events");
        if (events is not null)
        {
            for (var i = 0; i < events.Count; i++)
            {
                var raceEvent = events[i];
                var kind = raceEvent.Kind switch
                {
                    RaceEventKind.TaskStarted => "started",
                    RaceEventKind.TaskFinished => "finished",
                    RaceEventKind.TaskCancelled => "cancelled",
                    _ => null,
                };
                if (kind is null || raceEvent.Leg != leg)
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteNumber("t_ms", Milliseconds(raceEvent.Offset - run.StartOffset));
                writer.WriteString("task", raceEvent.TaskName);
                writer.WriteString("kind", kind);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteOffset(Utf8JsonWriter writer, string name, TimeSpan? offset)
    {
        if (offset is { } value)
        {
            writer.WriteNumber(name, Milliseconds(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static double Milliseconds(TimeSpan span) => Math.Round(span.TotalMilliseconds, 1);
}
