using AsyncBot.Core.Race;

namespace AsyncBot.Core.Tests.Race;

public sealed class RacePlanParserTests
{
    private static readonly RaceOptions Limits = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public void TryParse_NoTasks_UsesTheTutorialsTasks(string? tasks)
    {
        Assert.True(RacePlanParser.TryParse(tasks, null, null, Limits, out var plan, out _));

        Assert.Equal([new RaceTask("A", 2), new RaceTask("B", 3), new RaceTask("C", 1)], plan.Tasks.ToArray());
        Assert.Equal(RaceMode.Gather, plan.Mode);
        Assert.Equal(RaceWork.Delay, plan.Work);
        Assert.Equal(TimeSpan.FromSeconds(6), plan.SumOfDurations);
        Assert.Equal(TimeSpan.FromSeconds(3), plan.LongestDuration);
    }

    [Theory]
    [InlineData("A:2 B:3 C:1.5")]
    [InlineData("A:2,B:3,C:1.5")]
    [InlineData("  A:2 ,, B:3\t\nC:1.5  ")]
    [InlineData("A : 2, B:  3 C :1.5")]
    public void TryParseTasks_AnyMixOfSeparators_ReadsTheSameTasks(string spec)
    {
        Assert.True(RacePlanParser.TryParseTasks(spec, Limits, out var tasks, out var error), error);

        Assert.Equal([new RaceTask("A", 2), new RaceTask("B", 3), new RaceTask("C", 1.5)], tasks.ToArray());
    }

    [Fact]
    public void TryParseTasks_NamesDifferingOnlyInCase_AreTwoTasks()
    {
        Assert.True(RacePlanParser.TryParseTasks("a:1 A:2 task_1-x:0.25", Limits, out var tasks, out var error), error);

        Assert.Equal(["a", "A", "task_1-x"], tasks.Select(t => t.Name));
        Assert.Equal(TimeSpan.FromMilliseconds(250), tasks[2].Duration);
    }

    [Fact]
    public void TryParseTasks_SecondsNotANumber_NamesTheTokenAndShowsAnExample()
    {
        Assert.False(RacePlanParser.TryParseTasks("A:2 B:x", Limits, out _, out var error));

        Assert.Equal("\"B:x\" is not name:seconds — seconds must be a number, e.g. A:2 B:3 C:1", error);
    }

    [Theory]
    [InlineData("A:2 B", "\"B\" is not name:seconds — put a colon between the name and the seconds")]
    [InlineData("B:2:3", "\"B:2:3\" is not name:seconds — it has more than one colon")]
    [InlineData(":2", "\":2\" is not name:seconds — the name is missing")]
    [InlineData("B:", "\"B:\" is not name:seconds — the seconds are missing")]
    [InlineData("B!:2", "\"B!:2\" is not name:seconds — names use only letters, digits, _ and -")]
    [InlineData("Ä:2", "\"Ä:2\" is not name:seconds — names use only letters, digits, _ and -")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456:1", "a name has at most 32 characters")]
    [InlineData("B:NaN", "\"B:NaN\" is not name:seconds — seconds must be a number")]
    [InlineData("B:∞", "\"B:∞\" is not name:seconds — seconds must be a number")]
    [InlineData("B:1,5", "\"5\" is not name:seconds")]
    [InlineData("B:0x10", "seconds must be a number")]
    [InlineData("B:1_000", "seconds must be a number")]
    [InlineData("B:Infinity", "\"B:Infinity\": seconds must be at most 60")]
    [InlineData("B:1e400", "\"B:1e400\": seconds must be at most 60")]
    [InlineData("B:61", "\"B:61\": seconds must be at most 60")]
    [InlineData("B:-1", "\"B:-1\": seconds must be more than 0")]
    [InlineData("B:-Infinity", "seconds must be more than 0")]
    [InlineData("B:0", "\"B:0\": seconds must be more than 0")]
    [InlineData("B:1e-400", "seconds must be more than 0")]
    [InlineData("B:0.0001", "seconds must be at least 0.001")]
    [InlineData("A:1 B:2 A:3", "\"A:3\" repeats the name A — each task needs its own name")]
    public void TryParseTasks_BadToken_SaysWhatIsWrongAndEndsWithAnExample(string spec, string expected)
    {
        Assert.False(RacePlanParser.TryParseTasks(spec, Limits, out _, out var error));

        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.EndsWith(", e.g. A:2 B:3 C:1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseTasks_TooManyTasks_SaysHowManyAreAllowed()
    {
        var spec = string.Join(' ', Enumerable.Range(1, 26).Select(i => $"T{i}:1"));

        Assert.False(RacePlanParser.TryParseTasks(spec, Limits, out _, out var error));

        Assert.Equal("Too many tasks: 26 given, at most 25, e.g. A:2 B:3 C:1", error);
    }

    [Fact]
    public void TryParseTasks_HugeInput_IsRefusedBeforeParsing()
    {
        var spec = new string('A', 1_000_000);

        Assert.False(RacePlanParser.TryParseTasks(spec, Limits, out _, out var error));

        Assert.StartsWith("The task list is too long (1000000 characters, at most 8192)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseTasks_LongBadToken_IsEchoedShortenedAndWithoutControlCharacters()
    {
        var spec = "B:" + new string('9', 10) + "\u0001" + new string('x', 4000);

        Assert.False(RacePlanParser.TryParseTasks(spec, Limits, out _, out var error));

        Assert.True(error.Length < 200, error);
        Assert.Contains("\"B:9999999999?xxx", error, StringComparison.Ordinal);
        Assert.Contains("…\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', error);
    }

    [Fact]
    public void TryParse_BadMode_ListsTheValidModes()
    {
        Assert.False(RacePlanParser.TryParse(null, "fastest", null, Limits, out _, out var error));

        Assert.Equal("\"fastest\" is not a mode — use one of gather, sequential, ordered, as-completed, compare", error);
    }

    [Fact]
    public void TryParse_BadWork_ListsTheValidKinds()
    {
        Assert.False(RacePlanParser.TryParse(null, null, "sleep", Limits, out _, out var error));

        Assert.Equal("\"sleep\" is not a kind of work — use one of delay, blocking, cpu", error);
    }

    [Theory]
    [InlineData("GATHER", RaceMode.Gather)]
    [InlineData(" sequential ", RaceMode.Sequential)]
    [InlineData("ordered", RaceMode.Ordered)]
    [InlineData("As-Completed", RaceMode.AsCompleted)]
    [InlineData("compare", RaceMode.Compare)]
    public void TryParse_ModeNames_AreReadIgnoringCase(string text, RaceMode expected)
    {
        Assert.True(RaceModeNames.TryParse(text, out var mode, out _));

        Assert.Equal(expected, mode);
        Assert.Equal(text.Trim(), RaceModeNames.Name(mode), ignoreCase: true);
    }

    [Theory]
    [InlineData("delay", RaceWork.Delay)]
    [InlineData("Blocking", RaceWork.Blocking)]
    [InlineData("CPU", RaceWork.Cpu)]
    public void TryParse_WorkNames_AreReadIgnoringCase(string text, RaceWork expected)
    {
        Assert.True(RaceWorkNames.TryParse(text, out var work, out _));

        Assert.Equal(expected, work);
    }

    [Fact]
    public void TryParse_SequentialRunLongerThanTheInteractionToken_IsRefused()
    {
        var spec = string.Join(' ', Enumerable.Range(1, 25).Select(i => $"T{i}:60"));

        Assert.True(RacePlanParser.TryParse(spec, "gather", "delay", Limits, out _, out _));
        Assert.False(RacePlanParser.TryParse(spec, "sequential", "delay", Limits, out _, out var error));

        Assert.StartsWith("This run would take about 1500 s (sequential runs take the sum), at most 600 s is allowed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_BlockingGather_IsLimitedByItsSumToo()
    {
        var limits = new RaceOptions { MaxRunSeconds = 10 };

        Assert.False(RacePlanParser.TryParse("A:6 B:6", "gather", "blocking", limits, out _, out var error));

        Assert.Contains("blocking work takes the sum", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreateUniform_MakesNamedTasksOfEqualLength()
    {
        Assert.True(RacePlan.TryCreateUniform(1_000, 0.5, RaceMode.AsCompleted, RaceWork.Delay, 60, out var plan, out _));

        Assert.Equal(1_000, plan.Count);
        Assert.Equal("T1", plan.Tasks[0].Name);
        Assert.Equal("T1000", plan.Tasks[^1].Name);
        Assert.Equal(TimeSpan.FromSeconds(500), plan.SumOfDurations);
        Assert.Equal(RaceMode.AsCompleted, plan.Mode);
    }

    [Theory]
    [InlineData(0, 1, "--count must be between 1 and 1,000,000")]
    [InlineData(1_000_001, 1, "--count must be between 1 and 1,000,000")]
    [InlineData(10, double.NaN, "--seconds must be a number")]
    [InlineData(10, double.PositiveInfinity, "--seconds must be at most 60")]
    [InlineData(10, -1, "--seconds must be more than 0")]
    [InlineData(10, 0, "--seconds must be more than 0")]
    [InlineData(10, 61, "--seconds must be at most 60")]
    public void TryCreateUniform_OutOfRange_SaysWhy(int count, double seconds, string expected)
    {
        Assert.False(RacePlan.TryCreateUniform(count, seconds, RaceMode.Gather, RaceWork.Delay, 60, out _, out var error));

        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }
}
