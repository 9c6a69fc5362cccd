using AsyncBot.Runs;
using AsyncBot.Tests.Playground.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Playground.Api;

/// <summary>The real playground host with its run API, on 127.0.0.1 and a free port, optionally on a fake clock.</summary>
internal sealed class RunApiRig : IAsyncDisposable
{
    private RunApiRig(PlaygroundServer server, FakeTimeProvider? time)
    {
        Server = server;
        Time = time;
        Http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public PlaygroundServer Server { get; }

    public FakeTimeProvider? Time { get; }

    public HttpClient Http { get; }

    public IRunRegistry Registry => Server.App.Services.GetRequiredService<IRunRegistry>();

    public static async Task<RunApiRig> StartAsync(bool fakeClock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var time = fakeClock ? new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero)) : null;
        var server = await PlaygroundServer.StartAsync(withDemo: false, settings, services =>
        {
            if (time is not null)
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
            }
        });
        return new RunApiRig(server, time);
    }

    /// <summary>Opens a stream and returns once its headers have arrived.</summary>
    public async Task<HttpResponseMessage> OpenAsync(string pathAndQuery, CancellationToken cancellationToken = default) =>
        await Http.GetAsync(pathAndQuery, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    /// <summary>
    /// Moves the fake clock from a pool thread, so the timers' continuations run inline before this returns
    /// (xunit's synchronization context would otherwise queue them).
    /// </summary>
    public Task AdvanceAsync(double seconds) => Task.Run(() => Time!.Advance(TimeSpan.FromSeconds(seconds)));

    /// <summary>Waits (bounded) until no run is going: proof that a run has ended.</summary>
    public async Task WaitForNoRunsAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Registry.ActiveCount > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{Registry.ActiveCount} run(s) still going");
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
