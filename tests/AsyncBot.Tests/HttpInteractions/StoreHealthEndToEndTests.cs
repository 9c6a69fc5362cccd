using System.Net;
using AsyncBot.Cli;
using AsyncBot.Hosting;
using AsyncBot.Tests.EndToEnd;
using AsyncBot.Tests.Runs.Redis;

namespace AsyncBot.Tests.HttpInteractions;

/// <summary>An HTTP-mode bot whose run state is in a real store (Garnet): what its health says while the store is away.</summary>
[Collection(RealTimeTests.Name)]
public sealed class StoreHealthEndToEndTests
{
    [Fact]
    public async Task StoreStoppedAndRestarted_HealthStaysOkButSaysTheStoreIsAwayThenBack()
    {
        using var garnet = new GarnetRig();
        await using var bot = await HttpBotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["State:Redis"] = garnet.ConnectionString,
            ["State:KeyPrefix"] = "health-" + Guid.NewGuid().ToString("N"),
        });
        using var http = new HttpClient();

        Assert.Equal("ready\nrun store: reachable\n", await HealthzAsync(http, bot, HttpStatusCode.OK));
        await BotHarness.WaitUntilAsync(() => Read(bot.HealthFile).Contains(" http store=up", StringComparison.Ordinal), what: "the health file to report the store");

        garnet.Stop();
        await BotHarness.WaitUntilAsync(() => Read(bot.HealthFile).Contains(" store=down:", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the health file to report the store down");
        var body = await HealthzAsync(http, bot, HttpStatusCode.OK);
        var check = new StringWriter();
        var exit = await HealthCheckCommand.CheckAsync(new HealthOptions { File = bot.HealthFile, MaxAgeSeconds = 60 }, TimeProvider.System, check, CancellationToken.None);

        Assert.StartsWith("ready\nrun store: unreachable since ", body, StringComparison.Ordinal);
        Assert.EndsWith(" s); new runs are refused until it is back\n", body, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("degraded: interactions endpoint ready; run store unreachable since ", check.ToString(), StringComparison.Ordinal);

        garnet.Restart();
        await BotHarness.WaitUntilAsync(() => Read(bot.HealthFile).Contains(" store=up", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the health file to report the store back");
        Assert.Equal("ready\nrun store: reachable\n", await HealthzAsync(http, bot, HttpStatusCode.OK));
    }

    private static async Task<string> HealthzAsync(HttpClient http, HttpBotHarness bot, HttpStatusCode expected)
    {
        using var response = await http.GetAsync(new Uri(bot.BaseUri, "healthz"));
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Read(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
