using AsyncBot.History;

namespace AsyncBot.Tests.History.Support;

/// <summary>Records for store and writer tests.</summary>
internal static class SampleRuns
{
    public static readonly DateTimeOffset Noon = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    public static RunRecord Race(string userId, DateTimeOffset at, double speedup = 2, string? guildId = "10", string outcome = RunFacts.Finished, double elapsedSeconds = 3) =>
        new(at, userId, guildId, "20", new RunFacts("race", "gather", "delay", 3, TimeSpan.FromSeconds(elapsedSeconds), TimeSpan.FromSeconds(elapsedSeconds * speedup), speedup, outcome));

    public static RunRecord Fetch(string userId, DateTimeOffset at) =>
        new(at, userId, null, "21", new RunFacts("fetch", "concurrent", null, 5, TimeSpan.FromMilliseconds(420), TimeSpan.FromMilliseconds(1500), 3.57, RunFacts.Finished));
}
