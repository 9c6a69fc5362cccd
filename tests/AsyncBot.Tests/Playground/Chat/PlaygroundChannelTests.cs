using AsyncBot.Playground.Chat;

namespace AsyncBot.Tests.Playground.Chat;

public class PlaygroundChannelTests
{
    private static readonly PlaygroundAuthor Bot = new("1", "AsyncBot", Bot: true);

    private static PlaygroundMessage Message(int id, string? visibleTo = null) =>
        new() { Id = id.ToString(), Author = Bot, Timestamp = DateTimeOffset.UnixEpoch, Content = $"message {id}", VisibleTo = visibleTo };

    [Fact]
    public void Post_BeyondTheHistoryLimit_ForgetsTheOldest()
    {
        var channel = new PlaygroundChannel();

        for (var i = 1; i <= PlaygroundChannel.HistoryLimit + 5; i++)
        {
            channel.Post(Message(i));
        }

        var history = channel.Subscribe("9").History;
        Assert.Equal(PlaygroundChannel.HistoryLimit, history.Count);
        Assert.Equal("6", history[0].Id);
        Assert.Null(channel.Find("5"));
    }

    [Fact]
    public void Subscribe_HistoryAndFeed_ShowEphemeralMessagesOnlyToTheirUser()
    {
        var channel = new PlaygroundChannel();
        channel.Post(Message(1, visibleTo: "ada"));
        var (adaHistory, ada) = channel.Subscribe("ada");
        var (bobHistory, bob) = channel.Subscribe("bob");

        channel.Post(Message(2, visibleTo: "ada"));
        channel.Post(Message(3));

        Assert.Single(adaHistory);
        Assert.Empty(bobHistory);
        Assert.Equal(["2", "3"], Ids(ada));
        Assert.Equal(["3"], Ids(bob));
    }

    [Fact]
    public void Subscriber_ThatFallsTooFarBehind_HasItsFeedEndedInsteadOfBlockingTheBot()
    {
        var channel = new PlaygroundChannel();
        var (_, slow) = channel.Subscribe("slow");

        for (var i = 0; i <= ChannelSubscriber.Capacity; i++)
        {
            channel.Post(Message(i));
        }

        Assert.Equal(ChannelSubscriber.Capacity, Ids(slow).Count);
        Assert.True(slow.Changes.Completion.IsCompleted);
    }

    [Fact]
    public void Dispose_Subscriber_StopsItsFeed()
    {
        var channel = new PlaygroundChannel();
        var (_, tab) = channel.Subscribe("ada");

        tab.Dispose();
        channel.Post(Message(1));

        Assert.Equal(0, channel.SubscriberCount);
        Assert.False(tab.Changes.TryRead(out _));
    }

    private static List<string> Ids(ChannelSubscriber subscriber)
    {
        var ids = new List<string>();
        while (subscriber.Changes.TryRead(out var change))
        {
            ids.Add(change.Message!.Id);
        }

        return ids;
    }
}
