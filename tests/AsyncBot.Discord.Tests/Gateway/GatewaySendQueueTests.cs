using AsyncBot.Discord.Gateway;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

public sealed class GatewaySendQueueTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<OutboundKind> _sentKinds = [];
    private Func<OutboundKind, byte[]> _serialize = kind => "{\"op\":"u8.ToArray().Concat(System.Text.Encoding.UTF8.GetBytes(((int)kind) + "}")).ToArray();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private GatewaySendQueue Create() =>
        new(_socket, new GatewaySendLimiter(_time), k => _serialize(k), k => { lock (_sentKinds) { _sentKinds.Add(k); } }, NullLogger.Instance);

    [Fact]
    public async Task RunAsync_MoreThanTheSendLimit_HoldsTheRestUntilTheWindowMoves()
    {
        using var sendQueue = Create();
        for (var i = 0; i < 130; i++)
        {
            sendQueue.Enqueue(OutboundKind.Identify);
        }

        var run = sendQueue.RunAsync(_stop.Token);
        await TestWait.UntilAsync(() => _socket.Sent.Count == 120, "120 frames");
        await Task.Delay(100);
        Assert.Equal(120, _socket.Sent.Count);

        _time.Advance(TimeSpan.FromSeconds(60));
        await TestWait.UntilAsync(() => _socket.Sent.Count == 130, "the other 10 frames");
        sendQueue.Complete();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task EnqueueHeartbeat_WhileOneIsWaiting_SendsOnlyOne()
    {
        using var sendQueue = Create();
        sendQueue.EnqueueHeartbeat();
        sendQueue.EnqueueHeartbeat();
        sendQueue.EnqueueHeartbeat();
        sendQueue.Complete();

        await sendQueue.RunAsync(_stop.Token).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([OutboundKind.Heartbeat], _sentKinds);
    }

    [Fact]
    public async Task RunAsync_OversizedFrame_IsDroppedAndLaterFramesStillGo()
    {
        _serialize = kind => kind == OutboundKind.Identify ? new byte[5000] : "{\"op\":1,\"d\":null}"u8.ToArray();
        using var sendQueue = Create();
        sendQueue.Enqueue(OutboundKind.Identify);
        sendQueue.EnqueueHeartbeat();
        sendQueue.Complete();

        await sendQueue.RunAsync(_stop.Token).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(["{\"op\":1,\"d\":null}"], _socket.Sent);
    }

    [Fact]
    public async Task CloseAsync_StopsFurtherSends_AndClosesOnce()
    {
        using var sendQueue = Create();
        await sendQueue.CloseAsync(4900, "resume");
        await sendQueue.CloseAsync(1000, "again");
        sendQueue.EnqueueHeartbeat();
        sendQueue.Complete();

        await sendQueue.RunAsync(_stop.Token).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(4900, _socket.CloseCode);
        Assert.Empty(_socket.Sent);
    }
}
