using AsyncBot.Discord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewaySessionStateTests
{
    [Fact]
    public void RecordSequence_KeepsTheHighest()
    {
        var session = new GatewaySessionState();
        session.RecordSequence(3);
        session.RecordSequence(2);

        Assert.Equal(3, session.Sequence);
    }

    [Fact]
    public void Forget_ClearsSessionAndSequence()
    {
        var session = new GatewaySessionState();
        session.RecordSequence(5);
        session.Start("abc", new Uri("wss://resume.example"));
        Assert.True(session.CanResume);

        session.Forget();

        Assert.False(session.CanResume);
        Assert.Null(session.Sequence);
        Assert.Null(session.SessionId);
    }
}
