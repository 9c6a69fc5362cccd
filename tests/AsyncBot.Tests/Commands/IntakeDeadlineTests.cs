using AsyncBot.Commands;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Commands;

public class IntakeDeadlineTests
{
    [Theory]
    [InlineData(0, "Handle")]
    [InlineData(1499, "Handle")]
    [InlineData(1500, "Busy")]
    [InlineData(2999, "Busy")]
    [InlineData(3000, "TooLate")]
    public void Decide_ByAgeSinceArrival(int ageMs, string expected)
    {
        var time = new FakeTimeProvider();
        var interaction = RecordingResponder.NewInteraction() with { ReceivedAt = time.GetUtcNow() };
        time.Advance(TimeSpan.FromMilliseconds(ageMs));

        Assert.Equal(expected, IntakeDeadline.Decide(interaction, time.GetUtcNow()).ToString());
    }

    [Fact]
    public void Decide_WithoutArrivalTime_AlwaysHandles()
    {
        var interaction = RecordingResponder.NewInteraction();

        Assert.Equal(IntakeDecision.Handle, IntakeDeadline.Decide(interaction, DateTimeOffset.MaxValue));
    }
}
