using System.Net;
using AsyncBot.Playground.Api;
using AsyncBot.Tests.EndToEnd;
using AsyncBot.Tests.Playground.Api;

namespace AsyncBot.Tests.HttpInteractions;

/// <summary>With the interactions endpoint on, its host serves the streaming run API too, for this machine only.</summary>
[Collection(RealTimeTests.Name)]
public class RunApiOnInteractionsHostTests
{
    [Fact]
    public async Task Race_OnTheInteractionsHost_StreamsTheRunThenTheSummary()
    {
        await using var bot = await HttpBotHarness.StartAsync();
        using var http = new HttpClient { BaseAddress = bot.BaseUri };

        using var response = await http.GetAsync("api/race?tasks=A:0.2%20B:0.3%20C:0.1", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = await new SseReader(await response.Content.ReadAsStreamAsync()).RestAsync();

        var finished = events.Where(e => e.Name == "task_finished").Select(e => e.Json.GetProperty("task").GetString());
        Assert.Equal(["C", "A", "B"], finished);
        Assert.Equal("summary", events[^1].Name);
        Assert.Equal("finished", events[^1].Json.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Race_BadInputOnTheInteractionsHost_Is400WithTheParsersReason()
    {
        await using var bot = await HttpBotHarness.StartAsync();
        using var http = new HttpClient { BaseAddress = bot.BaseUri };

        using var response = await http.GetAsync("api/race?tasks=A:abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A:abc", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.7", false)]
    [InlineData("203.0.113.5", false)]
    [InlineData("::ffff:203.0.113.5", false)]
    [InlineData("2001:db8::1", false)]
    public void IsLocal_OnlyLoopbackCallersAreThisMachine(string address, bool local)
    {
        // A pure check on the address: the tests never open a connection from anywhere but loopback.
        Assert.Equal(local, ApiClient.IsLocal(IPAddress.Parse(address)));
    }
}
