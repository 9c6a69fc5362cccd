using System.Globalization;
using System.Text;

namespace AsyncBot.History;

/// <summary>
/// What <c>/history</c> says. Times use Discord's <c>&lt;t:…&gt;</c> stamps, so each reader sees their own time
/// zone; users are named as mentions, which never ping because every message goes out with no allowed mentions.
/// </summary>
internal static class HistoryText
{
    public const string Unavailable = "Run history is unavailable right now (its database cannot be reached or written). Your runs still work; try `/history` again later.";

    public const string Off = "Run history is switched off on this bot.";

    public const string ServerOnly = "`/history scope:server` shows a server's runs; here there is no server. Try `/history` for your own.";

    public static string Personal(PersonalHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Latest.Count == 0)
        {
            return "You have no recorded runs yet. Start one with `/race` and come back.";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Your last {history.Latest.Count} runs**\n");
        foreach (var run in history.Latest)
        {
            text.Append(CultureInfo.InvariantCulture, $"<t:{run.At.ToUnixTimeSeconds()}:R> {Describe(run.Facts)}\n");
        }

        text.Append(history.BestSpeedup is { } best
            ? string.Create(CultureInfo.InvariantCulture, $"Best speedup: **{Speedup(best)}**")
            : "Best speedup: none yet (no run has finished)");
        return text.ToString();
    }

    public static string Server(IReadOnlyList<RunRecord> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return "No finished runs in this server in the last 7 days. Be the first: `/race`.";
        }

        var text = new StringBuilder("**Fastest runs in this server, last 7 days** (by speedup)\n");
        for (var i = 0; i < runs.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. <@{runs[i].UserId}> {Describe(runs[i].Facts)}\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string Forgotten(int rows) => rows == 0
        ? "Nothing was stored about you; nothing is now."
        : string.Create(CultureInfo.InvariantCulture, $"Done: your {rows} recorded run{(rows == 1 ? string.Empty : "s")} are deleted, and nothing else was stored about you.");

    /// <summary>One run in a line: <c>`/race gather delay` 3 tasks · 3.00 s · 2.0× · finished</c>.</summary>
    public static string Describe(RunFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var what = facts.Work is null ? $"/{facts.Command} {facts.Mode}" : $"/{facts.Command} {facts.Mode} {facts.Work}";
        var unit = facts.Command == "fetch" ? "URL" : "task";
        var outcome = facts.Outcome == RunFacts.Finished ? string.Empty : " · " + facts.Outcome;
        return string.Create(CultureInfo.InvariantCulture,
            $"`{what}` {facts.Count} {unit}{(facts.Count == 1 ? string.Empty : "s")} · {facts.Elapsed.TotalSeconds:0.00} s · {Speedup(facts.Speedup)}{outcome}");
    }

    public static string Speedup(double speedup) => string.Create(CultureInfo.InvariantCulture, $"{speedup:0.0}×");
}
