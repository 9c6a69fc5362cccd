using AsyncBot.Playground.Interactions;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Playground.Interactions;

public class WindowBucketTests
{
    [Fact]
    public void TryTake_WebhookFiveInAWindow_SixthWaitsUntilTwoSecondsAfterTheFirst()
    {
        var time = new FakeTimeProvider();
        var bucket = WindowBucket.Webhook(time);

        Assert.True(bucket.TryTake(out _));
        time.Advance(TimeSpan.FromMilliseconds(500));
        for (var i = 0; i < 4; i++)
        {
            Assert.True(bucket.TryTake(out var none));
            Assert.Equal(TimeSpan.Zero, none);
        }

        Assert.False(bucket.TryTake(out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), wait);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), bucket.Delay);
    }

    [Fact]
    public void Delay_AfterTheWindow_IsZeroAndTheBucketIsFullAgain()
    {
        var time = new FakeTimeProvider();
        var bucket = WindowBucket.Webhook(time);
        for (var i = 0; i < bucket.Limit; i++)
        {
            bucket.TryTake(out _);
        }

        time.Advance(bucket.Window);

        Assert.Equal(TimeSpan.Zero, bucket.Delay);
        for (var i = 0; i < bucket.Limit; i++)
        {
            Assert.True(bucket.TryTake(out _));
        }

        Assert.False(bucket.TryTake(out _));
    }

    [Fact]
    public async Task TakeAsync_Exhausted_CompletesOnlyWhenTheClockReachesTheReset()
    {
        var time = new FakeTimeProvider();
        var bucket = WindowBucket.Webhook(time);
        for (var i = 0; i < bucket.Limit; i++)
        {
            bucket.TryTake(out _);
        }

        var take = bucket.TakeAsync();
        time.Advance(TimeSpan.FromMilliseconds(1999));
        await Task.Delay(20);
        Assert.False(take.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await take.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
