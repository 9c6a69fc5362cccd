using System.Text;

namespace AsyncBot.Core.Tests.Fetch.Support;

/// <summary>One request and the raw stream to answer it on; counts every body byte the server manages to write.</summary>
internal sealed class LoopbackExchange(LoopbackRequest request, Stream stream, CancellationToken stopping)
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _bodyBytesWritten;

    public LoopbackRequest Request => request;

    public CancellationToken Stopping => stopping;

    public long BodyBytesWritten => Interlocked.Read(ref _bodyBytesWritten);

    /// <summary>Completes when the handler is done with this exchange, however it ended.</summary>
    public Task Finished => _finished.Task;

    public void MarkFinished() => _finished.TrySetResult();

    public async Task WriteHeadAsync(int status, string reason, long? contentLength, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n");
        if (contentLength is { } length)
        {
            head.Append($"Content-Length: {length}\r\n");
        }

        foreach (var (name, value) in headers)
        {
            head.Append($"{name}: {value}\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), stopping);
    }

    public async Task WriteBodyAsync(ReadOnlyMemory<byte> bytes)
    {
        await stream.WriteAsync(bytes, stopping);
        Interlocked.Add(ref _bodyBytesWritten, bytes.Length);
    }

    public async Task RespondAsync(int status, string reason, string body, params (string Name, string Value)[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        await WriteHeadAsync(status, reason, bytes.Length, headers);
        await WriteBodyAsync(bytes);
    }

    /// <summary>Completes when the client closes its side (or the server stops): how a hanging endpoint notices.</summary>
    public async Task WaitForClientCloseAsync()
    {
        var buffer = new byte[256];
        try
        {
            while (await stream.ReadAsync(buffer, stopping) > 0)
            {
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
        }
    }
}
