namespace AsyncBot.Bench.Fetch;

/// <summary>The .NET floor: one <see cref="HttpClient"/>, <c>Task.WhenAll</c> over <c>GetByteArrayAsync</c>, no checks, no events.</summary>
public sealed class RawFetch : IDisposable
{
    private readonly HttpClient _client = new();

    public async Task<double> RunAsync(IReadOnlyList<string> urls)
    {
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        await Task.WhenAll(urls.Select(url => _client.GetByteArrayAsync(new Uri(url))));
        return time.GetElapsedTime(start).TotalMilliseconds;
    }

    public void Dispose() => _client.Dispose();
}
