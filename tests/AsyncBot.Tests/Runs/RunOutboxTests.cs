using AsyncBot.Tests.Runs.Support;
using AsyncBot.Runs;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Runs;

public class RunOutboxTests
{
    [Fact]
    public async Task Post_BucketFree_LinesOfDifferentInstantsGoAsTheirOwnMessagesInOrder()
    {
        var time = new ArmingClock();
        var responder = new RecordingResponder();
        var outbox = new RunOutbox(RecordingResponder.NewInteraction(), responder, time, NullLogger.Instance);
        string[] lines = ["a", "b", "c"];

        for (var i = 0; i < lines.Length; i++)
        {
            outbox.Post(lines[i]);
            var armed = i + 1;
            await WaitUntil(() => time.TimesArmed(RunOutbox.SameInstant) == armed);
            time.Advance(TimeSpan.FromSeconds(1));
            await WaitUntil(() => responder.Followups.Count == i + 1);
        }

        await outbox.CompleteAsync();

        Assert.Equal(lines, responder.Followups.Select(m => m.Content));
    }

    [Fact]
    public async Task Post_BucketFree_LinesOfOneInstantGoAsOneMessageInOrder()
    {
        var time = new ArmingClock();
        var responder = new RecordingResponder();
        var outbox = new RunOutbox(RecordingResponder.NewInteraction(), responder, time, NullLogger.Instance);

        outbox.Post("Task A: Started");
        outbox.Post("Task B: Started");
        // The pump arms its wait on another thread: moving the clock before that would move past nothing.
        await time.WhenArmed(RunOutbox.SameInstant).WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(RunOutbox.SameInstant / 2);
        outbox.Post("Task C: Started");
        time.Advance(RunOutbox.SameInstant / 2);
        await WaitUntil(() => responder.Followups.Count == 1);
        outbox.Post("Task C: Finished after 1 sec");
        time.Advance(TimeSpan.FromSeconds(1));
        await outbox.CompleteAsync();

        Assert.Equal(["Task A: Started\nTask B: Started\nTask C: Started", "Task C: Finished after 1 sec"], responder.Followups.Select(m => m.Content));
    }

    [Fact]
    public async Task Post_OneInstantLongerThanAMessage_SplitsWithin2000Characters()
    {
        var time = new ArmingClock();
        var responder = new RecordingResponder();
        var outbox = new RunOutbox(RecordingResponder.NewInteraction(), responder, time, NullLogger.Instance);
        var lines = Enumerable.Range(1, 30).Select(i => $"Task T{i:00}: Started " + new string('x', 90)).ToList();

        foreach (var line in lines)
        {
            outbox.Post(line);
        }

        // The pump arms its wait on another thread: moving the clock before that would move past nothing.
        await time.WhenArmed(RunOutbox.SameInstant).WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(RunOutbox.SameInstant);
        await outbox.CompleteAsync();

        Assert.Equal(2, responder.Followups.Count);
        Assert.All(responder.Followups, m => Assert.True(m.Content!.Length <= 2000));
        Assert.Equal(lines, responder.Followups.SelectMany(m => m.Content!.Split('\n')));
    }

    [Fact]
    public async Task Post_BucketExhausted_WaitsThenCoalescesPendingLinesInOrder()
    {
        var time = new ArmingClock();
        var exhaustedUntil = time.GetUtcNow() + TimeSpan.FromSeconds(2);
        var responder = new RecordingResponder
        {
            FollowupDelay = _ => exhaustedUntil - time.GetUtcNow() is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
        };
        var outbox = new RunOutbox(RecordingResponder.NewInteraction(), responder, time, NullLogger.Instance);

        for (var i = 1; i <= 7; i++)
        {
            outbox.Post($"line {i}");
        }

        // The pump arms its wait on another thread: moving the clock before that would move past nothing.
        await time.WhenArmed(RunOutbox.SameInstant).WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(RunOutbox.SameInstant);
        await responder.BucketWaited.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(responder.Followups);

        time.Advance(TimeSpan.FromSeconds(2));
        await outbox.CompleteAsync();

        var message = Assert.Single(responder.Followups);
        Assert.Equal(string.Join('\n', Enumerable.Range(1, 7).Select(i => $"line {i}")), message.Content);
    }

    [Fact]
    public async Task Post_LongBacklog_SplitsWithin2000CharactersWithoutLosingLines()
    {
        var time = new ArmingClock();
        var blocked = true;
        var responder = new RecordingResponder { FollowupDelay = _ => blocked ? TimeSpan.FromSeconds(1) : TimeSpan.Zero };
        var outbox = new RunOutbox(RecordingResponder.NewInteraction(), responder, time, NullLogger.Instance);
        var lines = Enumerable.Range(1, 100).Select(i => $"Task T{i:000}: Finished after 1 sec, padding padding padding").ToList();

        foreach (var line in lines)
        {
            outbox.Post(line);
        }

        // The pump arms its wait on another thread: moving the clock before that would move past nothing.
        await time.WhenArmed(RunOutbox.SameInstant).WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(RunOutbox.SameInstant);
        await responder.BucketWaited.WaitAsync(TimeSpan.FromSeconds(10));
        blocked = false;
        time.Advance(TimeSpan.FromSeconds(1));
        await outbox.CompleteAsync();

        Assert.All(responder.Followups, m => Assert.True(m.Content!.Length <= 2000));
        Assert.Equal(lines, responder.Followups.SelectMany(m => m.Content!.Split('\n')));
        Assert.True(responder.Followups.Count < lines.Count);
    }

    [Fact]
    public async Task PostStandalone_IsNeverMergedWithLines()
    {
        var time = new ArmingClock();
        var blocked = true;
        var responder = new RecordingResponder { FollowupDelay = _ => blocked ? TimeSpan.FromSeconds(1) : TimeSpan.Zero };
        var outbox = new RunOutbox(RecordingResponder.NewInteraction(), responder, time, NullLogger.Instance);

        outbox.Post("one");
        outbox.Post("two");
        outbox.PostStandalone("summary");
        // The pump arms its wait on another thread: moving the clock before that would move past nothing.
        await time.WhenArmed(RunOutbox.SameInstant).WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(RunOutbox.SameInstant);
        await responder.BucketWaited.WaitAsync(TimeSpan.FromSeconds(10));
        blocked = false;
        time.Advance(TimeSpan.FromSeconds(1));
        await outbox.CompleteAsync();

        Assert.Equal(["one\ntwo", "summary"], responder.Followups.Select(m => m.Content));
    }

    [Fact]
    public async Task CompleteAsync_DeadlinePassed_AbandonsTheRestWithoutThrowing()
    {
        var time = new ArmingClock();
        var responder = new RecordingResponder { FollowupDelay = _ => TimeSpan.FromMinutes(5) };
        var outbox = new RunOutbox(RecordingResponder.NewInteraction(), responder, time, NullLogger.Instance);
        outbox.Post("never sent");
        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await outbox.CompleteAsync(deadline.Token);

        Assert.Empty(responder.Followups);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
