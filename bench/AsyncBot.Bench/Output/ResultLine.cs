using System.Text.Json;

namespace AsyncBot.Bench.Output;

/// <summary>
/// One measurement as one JSON object on one line of stdout: what <c>bench/report.py</c> gathers. Fields keep the
/// order they were added in, so the raw lines stay readable.
/// </summary>
public sealed class ResultLine
{
    private readonly List<(string Name, object? Value)> _fields = [];

    public ResultLine(string bench, string impl)
    {
        Add("bench", bench).Add("impl", impl);
    }

    public ResultLine Add(string name, object? value)
    {
        _fields.Add((name, value));
        return this;
    }

    /// <summary>The value added under <paramref name="name"/>.</summary>
    public T Get<T>(string name) => (T)_fields.First(f => f.Name == name).Value!;

    /// <summary>Adds the process's peak and current RSS and CPU time: call last, after the measured work.</summary>
    public ResultLine AddProcessStats() =>
        Add("peak_rss_kb", ProcessStats.PeakRssKb())
            .Add("rss_kb", ProcessStats.RssKb())
            .Add("cpu_ms", Math.Round(ProcessStats.CpuMs(), 1))
            .Add("alloc_bytes", GC.GetTotalAllocatedBytes(precise: false))
            .Add("gc_gen2", GC.CollectionCount(2));

    public void Print()
    {
        using var stdout = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout))
        {
            json.WriteStartObject();
            foreach (var (name, value) in _fields)
            {
                json.WritePropertyName(name);
                WriteValue(json, value);
            }

            json.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            // JSON has no NaN: a percentile of nothing (every run lost) is written as null.
            case double d when double.IsNaN(d): json.WriteNullValue(); break;
            case double d: json.WriteNumberValue(Math.Round(d, 3)); break;
            case string s: json.WriteStringValue(s); break;
            case IEnumerable<double> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteNumberValue(Math.Round(item, 3));
                }

                json.WriteEndArray();
                break;
            case IEnumerable<long> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteNumberValue(item);
                }

                json.WriteEndArray();
                break;
            case IEnumerable<int> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteNumberValue(item);
                }

                json.WriteEndArray();
                break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
