using System.Text.Json;

namespace AsyncBot.Tests.Playground.Api;

/// <summary>One Server-Sent Event as a client sees it, with when it arrived.</summary>
internal sealed record SseEvent(string Name, string Data, DateTime ArrivedUtc)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement;
}

/// <summary>Reads a <c>text/event-stream</c> body event by event, as <c>EventSource</c> would.</summary>
internal sealed class SseReader(Stream body)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly StreamReader _reader = new(body);

    /// <summary>The next event, or null when the stream ends.</summary>
    public async Task<SseEvent?> NextAsync()
    {
        string? name = null;
        string? data = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync().WaitAsync(Timeout);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0 && name is not null)
            {
                return new SseEvent(name, data ?? string.Empty, DateTime.UtcNow);
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }
    }

    /// <summary>Every remaining event until the stream ends.</summary>
    public async Task<List<SseEvent>> RestAsync()
    {
        var events = new List<SseEvent>();
        while (await NextAsync() is { } next)
        {
            events.Add(next);
        }

        return events;
    }
}
