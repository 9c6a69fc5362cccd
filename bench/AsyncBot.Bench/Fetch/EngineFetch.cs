using AsyncBot.Core;
using AsyncBot.Core.Fetch;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Bench.Fetch;

/// <summary>
/// AsyncBot's <see cref="FetchEngine"/> composed as the bot composes it (<c>AddFetchEngine</c>, its guarded
/// handler and address checks), with private networks allowed because the latency server is on loopback, and the
/// URL and concurrency limits raised to the benchmark's count.
/// </summary>
public sealed class EngineFetch
{
    private readonly FetchEngine _engine;

    public EngineFetch(int count)
    {
        var services = new ServiceCollection()
            .AddFetchEngine(options =>
            {
                options.AllowPrivateNetworks = true;
                options.MaxUrls = count;
                options.MaxConcurrency = count;
                options.TimeoutSeconds = 60;
            })
            .BuildServiceProvider();
        _engine = services.GetRequiredService<FetchEngine>();
    }

    /// <summary>Fetches every URL and returns the wall time in milliseconds; fails unless all answered 2xx.</summary>
    public async Task<double> RunAsync(IReadOnlyList<string> urls, bool sequential)
    {
        var mode = sequential ? FetchMode.Sequential : FetchMode.Concurrent;
        if (!FetchPlan.TryCreate(urls, mode, _engine.Options, out var plan, out var error))
        {
            throw new ArgumentException(error);
        }

        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        var result = await _engine.RunAsync(plan);
        var elapsed = time.GetElapsedTime(start).TotalMilliseconds;
        if (result.Received != urls.Count)
        {
            var failure = result.Urls.FirstOrDefault(u => !u.IsSuccess);
            throw new InvalidOperationException($"{result.Received} of {urls.Count} URLs answered 2xx; first failure: {failure?.Error ?? failure?.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return elapsed;
    }
}
