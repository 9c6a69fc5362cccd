using System.Text.Json;
using AsyncBot.Core.Rendering;

namespace AsyncBot.Core.Tests.Rendering;

public sealed class RaceJsonWriterTests
{
    [Fact]
    public async Task ToJson_GatherTutorialExample_HasTheContractShape()
    {
        var (result, events) = await RaceRuns.RunAsync();

        using var json = JsonDocument.Parse(RaceJsonWriter.ToJson(result, events));
        var root = json.RootElement;

        Assert.Equal("gather", root.GetProperty("mode").GetString());
        Assert.Equal("delay", root.GetProperty("work").GetString());
        Assert.Equal("finished", root.GetProperty("outcome").GetString());
        Assert.Equal(3, root.GetProperty("count").GetInt32());
        Assert.Equal(3000, root.GetProperty("elapsed_ms").GetDouble());
        Assert.Equal(6000, root.GetProperty("sum_ms").GetDouble());
        Assert.Equal(2, root.GetProperty("speedup").GetDouble());

        var tasks = root.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(["A", "B", "C"], tasks.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([2.0, 3.0, 1.0], tasks.Select(t => t.GetProperty("seconds").GetDouble()));
        Assert.Equal([0.0, 0.0, 0.0], tasks.Select(t => t.GetProperty("started_ms").GetDouble()));
        Assert.Equal([2000.0, 3000.0, 1000.0], tasks.Select(t => t.GetProperty("finished_ms").GetDouble()));
        Assert.Equal([2, 3, 1], tasks.Select(t => t.GetProperty("order").GetInt32()));
        Assert.All(tasks, t => Assert.Equal("finished", t.GetProperty("outcome").GetString()));
        Assert.All(tasks, t => Assert.False(t.TryGetProperty("reported_ms", out _)));

        var timeline = root.GetProperty("events").EnumerateArray()
            .Select(e => $"{e.GetProperty("t_ms").GetDouble()} {e.GetProperty("task").GetString()} {e.GetProperty("kind").GetString()}");
        Assert.Equal(["0 A started", "0 B started", "0 C started", "1000 C finished", "2000 A finished", "3000 B finished"], timeline);
    }

    [Fact]
    public async Task ToJson_Ordered_AddsWhenEachResultWasReported()
    {
        var (result, events) = await RaceRuns.RunAsync(mode: "ordered");

        using var json = JsonDocument.Parse(RaceJsonWriter.ToJson(result, events));
        var c = json.RootElement.GetProperty("tasks")[2];

        Assert.Equal(1000, c.GetProperty("finished_ms").GetDouble());
        Assert.Equal(3000, c.GetProperty("reported_ms").GetDouble());
    }

    [Fact]
    public async Task ToJson_Cancelled_MarksOutcomesAndNullsWhatNeverHappened()
    {
        var result = await RaceRuns.CancelledGatherAsync();

        using var json = JsonDocument.Parse(RaceJsonWriter.ToJson(result));
        var root = json.RootElement;
        var a = root.GetProperty("tasks")[0];

        Assert.Equal("cancelled", root.GetProperty("outcome").GetString());
        Assert.Equal("cancelled", a.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("order").ValueKind);
        Assert.Equal(1200, a.GetProperty("finished_ms").GetDouble());
        Assert.Empty(root.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task ToJson_Compare_HasBothLegsUnderRunsAndTheRatio()
    {
        var (result, events) = await RaceRuns.RunAsync(mode: "compare");

        using var json = JsonDocument.Parse(RaceJsonWriter.ToJson(result, events));
        var root = json.RootElement;
        var runs = root.GetProperty("runs").EnumerateArray().ToList();

        Assert.Equal("compare", root.GetProperty("mode").GetString());
        Assert.Equal(3, root.GetProperty("count").GetInt32());
        Assert.Equal(9000, root.GetProperty("elapsed_ms").GetDouble());
        Assert.Equal(6000, root.GetProperty("sum_ms").GetDouble());
        Assert.Equal(2, root.GetProperty("ratio").GetDouble());
        Assert.Equal(["sequential", "gather"], runs.Select(r => r.GetProperty("mode").GetString()));
        Assert.Equal([6000.0, 3000.0], runs.Select(r => r.GetProperty("elapsed_ms").GetDouble()));

        // Each leg's times start at that leg's own start.
        var gatherEvents = runs[1].GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(6, gatherEvents.Count);
        Assert.Equal(0, gatherEvents[0].GetProperty("t_ms").GetDouble());
        Assert.Equal(1000, runs[1].GetProperty("tasks")[2].GetProperty("finished_ms").GetDouble());
    }

    [Fact]
    public async Task ToJson_MoreThanAThousandTasks_LeavesOutTasksAndEvents()
    {
        var (result, events) = await RaceRuns.RunAsync(RaceRuns.Uniform(1001));

        using var json = JsonDocument.Parse(RaceJsonWriter.ToJson(result, events));
        var root = json.RootElement;

        Assert.Equal(1001, root.GetProperty("count").GetInt32());
        Assert.Equal(1000, root.GetProperty("elapsed_ms").GetDouble());
        Assert.Equal(1_001_000, root.GetProperty("sum_ms").GetDouble());
        Assert.False(root.TryGetProperty("tasks", out _));
        Assert.False(root.TryGetProperty("events", out _));
    }

    [Fact]
    public async Task ToJson_AThousandTasks_ListsThemAll()
    {
        var (result, events) = await RaceRuns.RunAsync(RaceRuns.Uniform(1000));

        using var json = JsonDocument.Parse(RaceJsonWriter.ToJson(result, events));

        Assert.Equal(1000, json.RootElement.GetProperty("tasks").GetArrayLength());
        Assert.Equal(2000, json.RootElement.GetProperty("events").GetArrayLength());
    }
}
