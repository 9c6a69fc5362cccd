using AsyncBot.Core.Fetch;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Core.Tests.Fetch.Support;

/// <summary>
/// Builds a <see cref="FetchEngine"/> the way the host does (<c>AddFetchEngine</c>), with the fake resolver and the
/// loopback-only dialer swapped in, so every test exercises the real handler, ConnectCallback and policy.
/// </summary>
internal sealed class TestFetchEngine : IDisposable
{
    private readonly ServiceProvider _provider;

    public TestFetchEngine(
        Action<FetchOptions> configure, FakeHostResolver? resolver = null, LoopbackOnlyDialer? dialer = null, TimeProvider? time = null)
    {
        Resolver = resolver ?? new FakeHostResolver();
        Dialer = dialer ?? new LoopbackOnlyDialer();
        var services = new ServiceCollection();
        services.AddSingleton<IHostResolver>(Resolver);
        services.AddSingleton<IFetchDialer>(Dialer);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddFetchEngine(configure);
        _provider = services.BuildServiceProvider();
        Engine = _provider.GetRequiredService<FetchEngine>();
    }

    public FetchEngine Engine { get; }

    public FakeHostResolver Resolver { get; }

    public LoopbackOnlyDialer Dialer { get; }

    /// <summary>
    /// A plan built directly, not through <see cref="FetchPlan.TryCreate"/>: the engine must refuse per URL what plan
    /// validation would have caught earlier (loopback test servers, odd schemes), so these tests hand it such URLs.
    /// </summary>
    public static FetchPlan Plan(FetchMode mode, params string[] urls) => new(urls, mode, UsesDefaultUrls: false);

    public void Dispose() => _provider.Dispose();
}
