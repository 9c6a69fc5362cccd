using AsyncBot.Bench.Output;
using AsyncBot.FakeDiscord.Rest;
using GatewayInteraction = AsyncBot.FakeDiscord.Gateway.FakeInteraction;

namespace AsyncBot.Bench.Discord.Load;

/// <summary>
/// What the fake saw of a burst of <c>A:2 B:3 C:1</c> races, per interaction: the acknowledgement (interaction sent →
/// callback arrived), each line exactly once and in order, how late each <c>Finished</c> line and the summary arrived
/// against their due time (the callback's arrival plus the task's seconds; plus 3 s for the summary), and messages.
/// </summary>
internal sealed class LoadAnalysis
{
    private const int EphemeralFlag = 64;

    private static readonly string[] ExpectedTaskLines =
    [
        "Task A: Started", "Task B: Started", "Task C: Started",
        "Task C: Finished", "Task A: Finished", "Task B: Finished",
    ];

    private static readonly Dictionary<string, double> DueSeconds = new(StringComparer.Ordinal)
    {
        ["Task C: Finished"] = 1, ["Task A: Finished"] = 2, ["Task B: Finished"] = 3,
    };

    private readonly List<double> _ackMs = [];
    private readonly List<double> _finishLateMs = [];
    private readonly List<double> _summaryLateMs = [];
    private int _answered;
    private int _busy;
    private int _linesOk;
    private int _messages;
    private int _edits;
    private int _pictures;

    /// <summary>The interactions whose reply was edited at the end (a finished race), or that got an ephemeral answer.</summary>
    public static IEnumerable<string> FinishedIds(IReadOnlyList<FakeMessageRecord> records) =>
        records.Where(r => r.Action == FakeMessageAction.Edit
                || (r.Action == FakeMessageAction.Callback && ((r.Flags ?? 0) & EphemeralFlag) != 0))
            .Select(r => r.InteractionId)
            .Distinct(StringComparer.Ordinal);

    public static LoadAnalysis Of(IReadOnlyList<GatewayInteraction> sent, IReadOnlyList<FakeMessageRecord> records)
    {
        var byInteraction = records.GroupBy(r => r.InteractionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Sequence).ToList(), StringComparer.Ordinal);
        var analysis = new LoadAnalysis();
        foreach (var interaction in sent)
        {
            analysis.Add(interaction, byInteraction.GetValueOrDefault(interaction.Id) ?? []);
        }

        return analysis;
    }

    /// <summary>The messages of the first run whose lines were not exactly the expected ones, for a failure report.</summary>
    public string? FirstGarbled { get; private set; }

    /// <summary>Interactions that got any answer: the runs the bot actually served.</summary>
    public int Answered => _answered;

    public ResultLine AddTo(ResultLine line) => line
        .Add("answered", _answered)
        .Add("busy", _busy)
        .Add("ack_ms_p50", Percentile(_ackMs, 50))
        .Add("ack_ms_p99", Percentile(_ackMs, 99))
        .Add("ack_ms_max", Percentile(_ackMs, 100))
        .Add("finish_late_ms_p50", Percentile(_finishLateMs, 50))
        .Add("finish_late_ms_p99", Percentile(_finishLateMs, 99))
        .Add("finish_late_ms_max", Percentile(_finishLateMs, 100))
        .Add("summary_late_ms_p99", Percentile(_summaryLateMs, 99))
        .Add("lines_ok", _linesOk)
        .Add("messages_per_run", _answered == 0 ? 0 : (double)_messages / _answered)
        .Add("edits", _edits)
        .Add("pictures", _pictures);

    /// <summary>The nearest-rank percentile of <paramref name="values"/> (sorted in place); NaN when empty.</summary>
    internal static double Percentile(List<double> values, int percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        var rank = (int)Math.Ceiling(percent / 100.0 * values.Count) - 1;
        return values[Math.Clamp(rank, 0, values.Count - 1)];
    }

    private void Add(GatewayInteraction interaction, List<FakeMessageRecord> records)
    {
        var callback = records.FirstOrDefault(r => r.Action == FakeMessageAction.Callback);
        if (callback is null)
        {
            return;
        }

        _answered++;
        _ackMs.Add((callback.ArrivedAt - interaction.CreatedAt).TotalMilliseconds);
        if (((callback.Flags ?? 0) & EphemeralFlag) != 0)
        {
            _busy++;
            return;
        }

        var taskLines = new List<string>();
        var summaries = 0;
        var summaryLast = false;
        foreach (var record in records.Where(r => r.Action == FakeMessageAction.Create))
        {
            foreach (var text in (record.Content ?? string.Empty).Split('\n'))
            {
                if (text.StartsWith("Task ", StringComparison.Ordinal))
                {
                    // "Task B: Finished after 3.2 sec" when its timer fired late: the lateness is measured below.
                    var after = text.IndexOf(" after ", StringComparison.Ordinal);
                    var line = after < 0 ? text : text[..after];
                    taskLines.Add(line);
                    if (DueSeconds.TryGetValue(line, out var due))
                    {
                        _finishLateMs.Add((record.ArrivedAt - callback.ArrivedAt).TotalMilliseconds - (due * 1000));
                    }
                }
                else if (text.StartsWith("Finished in ", StringComparison.Ordinal))
                {
                    summaries++;
                    _summaryLateMs.Add((record.ArrivedAt - callback.ArrivedAt).TotalMilliseconds - 3000);
                }
            }

            // The summary (with its timeline block) must be the last message of the run.
            summaryLast = (record.Content ?? string.Empty).StartsWith("Finished in ", StringComparison.Ordinal);
        }

        _messages += 1 + records.Count(r => r.Action == FakeMessageAction.Create);
        _edits += records.Count(r => r.Action == FakeMessageAction.Edit);
        _pictures += records.Count(r => r.Files.Count > 0);
        if (summaries == 1 && summaryLast && taskLines.SequenceEqual(ExpectedTaskLines))
        {
            _linesOk++;
        }
        else if (FirstGarbled is null)
        {
            FirstGarbled = string.Join(" | ", records.Select(r => $"{r.Action} {r.Content?.Replace('\n', '/')}"));
        }
    }
}
