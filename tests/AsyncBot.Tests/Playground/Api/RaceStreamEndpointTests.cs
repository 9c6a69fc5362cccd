using System.Net;
using AsyncBot.Core.Race;
using AsyncBot.Tests.EndToEnd;

namespace AsyncBot.Tests.Playground.Api;

/// <summary>One test here measures real time (C, A, B about 1, 2, 3 s apart), so the class runs with the real-time ones.</summary>
[Collection(RealTimeTests.Name)]
public sealed class RaceStreamEndpointTests
{
    private const string TutorialRace = "/api/race?tasks=A:2%20B:3%20C:1&mode=gather&work=delay";

    [Fact]
    public async Task Race_FakeClock_StreamsPlanStartsThenCAndAAndBAtTheirOffsetsThenTheSummary()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: true);
        using var response = await rig.OpenAsync(TutorialRace);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new SseReader(await response.Content.ReadAsStreamAsync());

        var plan = await reader.NextAsync();
        Assert.Equal("plan", plan!.Name);
        Assert.Equal("Racing 3 tasks (gather, delay): A:2 B:3 C:1", plan.Json.GetProperty("line").GetString());
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("task_started", (await reader.NextAsync())!.Name);
        }

        var finished = new List<SseEvent>();
        for (var second = 0; second < 3; second++)
        {
            await rig.AdvanceAsync(1);
            finished.Add((await reader.NextAsync())!);
        }

        Assert.All(finished, e => Assert.Equal("task_finished", e.Name));
        Assert.Equal(["C", "A", "B"], finished.Select(e => e.Json.GetProperty("task").GetString()));
        Assert.Equal([1000.0, 2000.0, 3000.0], finished.Select(e => e.Json.GetProperty("t_ms").GetDouble()));
        Assert.Equal("Task C: Finished after 1 sec", finished[0].Json.GetProperty("line").GetString());

        var rest = await reader.RestAsync();
        var summary = Assert.Single(rest);
        Assert.Equal("summary", summary.Name);
        Assert.Equal("finished", summary.Json.GetProperty("outcome").GetString());
        Assert.Equal(3000.0, summary.Json.GetProperty("elapsed_ms").GetDouble());
        Assert.Equal(2.0, summary.Json.GetProperty("speedup").GetDouble());
    }

    [Fact]
    public async Task Race_RealTime_CAndAAndBArriveAboutOneTwoAndThreeSecondsAfterTheFirstLine()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: false);
        using var response = await rig.OpenAsync(TutorialRace);
        var reader = new SseReader(await response.Content.ReadAsStreamAsync());

        var first = await reader.NextAsync();
        var finished = (await reader.RestAsync()).Where(e => e.Name == "task_finished").ToList();

        Assert.Equal(["C", "A", "B"], finished.Select(e => e.Json.GetProperty("task").GetString()));
        for (var i = 0; i < 3; i++)
        {
            // Generous bounds: a shared, busy machine may be late, never early.
            var after = (finished[i].ArrivedUtc - first!.ArrivedUtc).TotalSeconds;
            Assert.InRange(after, i + 1 - 0.1, i + 1 + 1.0);
        }
    }

    [Theory]
    [InlineData("tasks=A:x", "A:x", null, null)]
    [InlineData("tasks=A:2&mode=fastest", "A:2", "fastest", null)]
    [InlineData("work=napping", null, null, "napping")]
    [InlineData("tasks=A:2%20A:3", "A:2 A:3", null, null)]
    public async Task Race_BadInput_Is400WithTheParsersOneLineReason(string query, string? tasks, string? mode, string? work)
    {
        Assert.False(RacePlanParser.TryParse(tasks, mode, work, new RaceOptions(), out _, out var expected));
        await using var rig = await RunApiRig.StartAsync(fakeClock: true);

        using var response = await rig.Http.GetAsync("/api/race?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected.ReplaceLineEndings(" ") + "\n", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, rig.Registry.ActiveCount);
    }

    [Fact]
    public async Task Race_ClientDisconnects_TheRunIsCancelledWithoutTheClockMoving()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: true);
        var response = await rig.OpenAsync(TutorialRace);
        var reader = new SseReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("plan", (await reader.NextAsync())!.Name);
        Assert.Equal(1, rig.Registry.ActiveCount);

        response.Dispose();

        // On the fake clock nothing finishes by itself: only the disconnect can end this run.
        await rig.WaitForNoRunsAsync();
    }

    [Fact]
    public async Task Race_CancelledByShutdown_StillStreamsTheCancelledLinesAndSummary()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: true);
        using var response = await rig.OpenAsync(TutorialRace);
        var reader = new SseReader(await response.Content.ReadAsStreamAsync());
        for (var i = 0; i < 4; i++)
        {
            await reader.NextAsync();
        }

        await rig.Registry.CancelAllAsync();
        var rest = await reader.RestAsync();

        Assert.Equal(3, rest.Count(e => e.Name == "task_cancelled"));
        Assert.Equal("summary", rest[^1].Name);
        Assert.Equal("cancelled", rest[^1].Json.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Page_ShowsACopyableCurlLineForThisAddress()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: true);

        var page = await rig.Http.GetStringAsync("/");
        var script = await rig.Http.GetStringAsync("/assets/app.js");

        Assert.Contains("curl -N \"http://127.0.0.1:5080/api/race?tasks=A:2%20B:3%20C:1\"", page, StringComparison.Ordinal);
        Assert.Contains("${location.origin}/api/race?tasks=A:2%20B:3%20C:1", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Race_FromAnotherSitesPage_Is403AndStartsNothing()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, TutorialRace);
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await rig.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, rig.Registry.ActiveCount);
    }
}
