using System.Text.Json;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Gateway;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>The real program as a user and an operator run it: its output, its exit codes, its signals.</summary>
[Collection(RealTimeTests.Name)]
public class ProgramEndToEndTests
{
    [Fact]
    public async Task Race_Console_PrintsEachEventWithOffsetsThenSummaryAndTimeline()
    {
        var (exit, stdout, _) = await BotProcess.RunAsync(["race", "--tasks", "A:0.4 B:0.6 C:0.2"]);

        Assert.Equal(0, exit);
        var finishes = stdout.Split('\n').Where(l => l.Contains("Finished after", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, finishes.Count);
        // The order and the shape of the lines; the seconds are the engine's business and, on a loaded machine, a
        // 0.2 s task started by a process still warming up may read 0.28 (the planned value shows within 50 ms).
        Assert.Matches(@"^\[\+\d+\.\d\ds\] Task C: Finished after \d+(\.\d+)? sec$", finishes[0]);
        Assert.Matches(@"^\[\+\d+\.\d\ds\] Task A: Finished after \d+(\.\d+)? sec$", finishes[1]);
        Assert.Matches(@"^\[\+\d+\.\d\ds\] Task B: Finished after \d+(\.\d+)? sec$", finishes[2]);
        Assert.Matches(@"Finished in \d+\.\d", stdout);
        Assert.Contains("one after another would take 1.20 s", stdout, StringComparison.Ordinal);
        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("C |", StringComparison.Ordinal));
        Assert.DoesNotContain("```", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Race_Json_PrintsExactlyOneObjectOnStdout()
    {
        var (exit, stdout, _) = await BotProcess.RunAsync(["race", "--tasks", "A:0.2 B:0.3 C:0.1", "--mode", "sequential", "--json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("sequential", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("tasks").GetArrayLength());
        Assert.InRange(json.RootElement.GetProperty("elapsed_ms").GetDouble(), 590, 1500);
        Assert.Equal(600, json.RootElement.GetProperty("sum_ms").GetDouble(), 1);
    }

    [Theory]
    [InlineData("race", "--tasks", "A:nope")]
    [InlineData("race", "--mode", "parallel")]
    [InlineData("race", "--count", "10")]
    [InlineData("fetch", "--mode", "all")]
    [InlineData("--token", "x")]
    public async Task BadArguments_ExitTwoWithOneLineOnStderr(params string[] args)
    {
        var (exit, stdout, stderr) = await BotProcess.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task NoArgumentsNoToken_ExplainsTheDemosAndDiscord()
    {
        var (exit, stdout, _) = await BotProcess.RunAsync([]);

        Assert.Equal(0, exit);
        Assert.Contains("-- race", stdout, StringComparison.Ordinal);
        Assert.Contains("DISCORD_TOKEN", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadConfigurationValue_StopsWithOneLineNamingTheKey()
    {
        var (exit, _, stderr) = await BotProcess.RunAsync(["race"], new Dictionary<string, string> { ["Race__MaxTasks"] = "0" });

        Assert.Equal(1, exit);
        Assert.Contains("Race:MaxTasks", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscordMode_RejectedToken_ExitsNonZeroWithOneLineAndNoToken()
    {
        var gateway = new FakeGateway();
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Modules = { gateway } });
        gateway.Options.IdentifyToken = "MTExMTExMTExMTExMTExMTEx.Other0.the-token-discord-expects-000000000";

        var (exit, _, stderr) = await BotProcess.RunAsync([], Environment(server), TimeSpan.FromSeconds(30));

        Assert.True(exit != 0, stderr);
        var criticals = stderr.Split('\n').Where(l => l.Contains("FTL", StringComparison.Ordinal)).ToList();
        Assert.True(criticals.Count == 1, stderr);
        var critical = criticals[0];
        Assert.Contains("4004", critical, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Options.Token, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscordMode_Sigterm_ClosesTheGatewayAndExitsZero()
    {
        var gateway = new FakeGateway();
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Modules = { gateway } });
        using var bot = BotProcess.Start([], Environment(server));
        await gateway.WaitUntilAsync(g => g.ReadyCount > 0);

        bot.Terminate();
        var (exit, _, stderr) = await bot.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exit);
        Assert.Contains(1000, gateway.ClientCloseCodes);
        Assert.DoesNotContain(server.Options.Token, stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(FakeDiscordServer server) => new()
    {
        ["DISCORD_TOKEN"] = server.Options.Token,
        ["Discord__ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
        ["Health__File"] = Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.health"),
    };
}
