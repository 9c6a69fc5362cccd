using System.Text.Json;
using AsyncBot.History.Storage;
using AsyncBot.Tests.EndToEnd;
using AsyncBot.Tests.History.Support;

namespace AsyncBot.Tests.Cli;

/// <summary><c>history [--json]</c> run as a real process, reading a real SQLite file the bot would have written.</summary>
public sealed class HistoryConsoleCommandTests : IDisposable
{
    private readonly HistoryFolder _folder = new();

    [Fact]
    public async Task HistoryJson_PrintsOneObjectWithTheStoredRunsNewestFirst()
    {
        var store = new SqliteHistoryStore(_folder.ConnectionString);
        await store.MigrateAsync();
        await store.AppendAsync([SampleRuns.Race("1", SampleRuns.Noon), SampleRuns.Fetch("2", SampleRuns.Noon.AddMinutes(1))]);

        var (exit, stdout, _) = await RunAsync("history", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var runs = json.RootElement.GetProperty("runs");
        Assert.Equal(2, runs.GetArrayLength());
        Assert.Equal("fetch", runs[0].GetProperty("command").GetString());
        Assert.Equal("2", runs[0].GetProperty("user_id").GetString());
        Assert.Equal("race", runs[1].GetProperty("command").GetString());
        Assert.Equal(2.0, runs[1].GetProperty("speedup").GetDouble());
        Assert.Equal(3000, runs[1].GetProperty("elapsed_ms").GetDouble());
    }

    [Fact]
    public async Task History_Human_OneLinePerRun()
    {
        var store = new SqliteHistoryStore(_folder.ConnectionString);
        await store.MigrateAsync();
        await store.AppendAsync([SampleRuns.Race("1", SampleRuns.Noon)]);

        var (exit, stdout, _) = await RunAsync("history");

        Assert.Equal(0, exit);
        Assert.Equal("2026-12-04 12:00:00Z  user 1 (server 10)  /race gather delay 3 tasks · 3.00 s · 2.0×", stdout.Trim());
    }

    [Fact]
    public async Task History_Disabled_SaysSoOnStderr()
    {
        var (exit, stdout, stderr) = await RunAsync(["history"], new Dictionary<string, string> { ["History__Enabled"] = "false" });

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("run history is switched off", stderr, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        RunAsync(args, new Dictionary<string, string>());

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] args, Dictionary<string, string> environment)
    {
        environment["History__ConnectionString"] = _folder.ConnectionString;
        return await BotProcess.RunAsync(args, environment, TimeSpan.FromSeconds(30));
    }

    public void Dispose() => _folder.Dispose();
}
