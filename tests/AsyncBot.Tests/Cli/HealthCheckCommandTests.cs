using AsyncBot.Cli;
using AsyncBot.Discord;
using AsyncBot.Discord.Gateway;
using AsyncBot.Hosting;
using AsyncBot.Runs;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Cli;

public sealed class HealthCheckCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"asyncbot-health-{Guid.NewGuid():N}");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task CheckAsync_StatusWrittenJustNow_IsHealthy()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await File.WriteAllTextAsync(_file, HealthStatus.Format(GatewayState.Ready, time.GetUtcNow()));
        var stdout = new StringWriter();

        var exit = await HealthCheckCommand.CheckAsync(new HealthOptions { File = _file, MaxAgeSeconds = 60 }, time, stdout, CancellationToken.None);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("healthy:", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_JudgesAgeByTheGivenClockNotTheMachines()
    {
        // A status stamped in 2030 is fresh for the real clock's "now" only if the check reads the given clock.
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await File.WriteAllTextAsync(_file, HealthStatus.Format(GatewayState.Ready, time.GetUtcNow()));
        time.Advance(TimeSpan.FromSeconds(61));
        var stdout = new StringWriter();

        var exit = await HealthCheckCommand.CheckAsync(new HealthOptions { File = _file, MaxAgeSeconds = 60 }, time, stdout, CancellationToken.None);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("61 s old", stdout.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<GatewayState, InteractionDelivery, int, string> Situations => new()
    {
        { GatewayState.Ready, InteractionDelivery.Gateway, 0, "healthy: gateway ready; run store reachable" },
        { GatewayState.Resuming, InteractionDelivery.Gateway, 0, "healthy: gateway resuming; run store reachable" },
        { GatewayState.Connecting, InteractionDelivery.Gateway, 1, "unhealthy: gateway connecting; run store reachable" },
        { GatewayState.Ready, InteractionDelivery.Http, 0, "healthy: interactions endpoint ready; run store reachable" },
        { GatewayState.Disconnected, InteractionDelivery.Http, 1, "unhealthy: interactions endpoint not ready (Discord REST: disconnected); run store reachable" },
    };

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task CheckAsync_SpeaksOfTheGatewayOrTheEndpoint_AndExitsByReadiness(GatewayState state, InteractionDelivery delivery, int exitCode, string line)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await File.WriteAllTextAsync(_file, HealthStatus.Format(state, time.GetUtcNow(), delivery, new RunStoreReport(true, true, null)));
        var stdout = new StringWriter();

        var exit = await HealthCheckCommand.CheckAsync(new HealthOptions { File = _file, MaxAgeSeconds = 60 }, time, stdout, CancellationToken.None);

        Assert.Equal((exitCode, line + Environment.NewLine), (exit, stdout.ToString()));
    }

    [Fact]
    public async Task CheckAsync_RunStoreUnreachable_SaysDegradedAndSinceWhen_ButExitsZero()
    {
        // Restarting a replica does not bring the shared store back: the container stays healthy, the line says why not quite.
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var since = time.GetUtcNow();
        time.Advance(TimeSpan.FromSeconds(42));
        await File.WriteAllTextAsync(_file, HealthStatus.Format(GatewayState.Ready, time.GetUtcNow(), InteractionDelivery.Gateway, new RunStoreReport(true, false, since)));
        time.Advance(TimeSpan.FromSeconds(8));
        var stdout = new StringWriter();

        var exit = await HealthCheckCommand.CheckAsync(new HealthOptions { File = _file, MaxAgeSeconds = 60 }, time, stdout, CancellationToken.None);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(
            "degraded: gateway ready; run store unreachable since 2030-01-01 00:00:00Z (50 s): new runs are refused until it is back" + Environment.NewLine,
            stdout.ToString());
    }

    [Fact]
    public async Task CheckAsync_NoStatusFile_IsUnhealthy()
    {
        var stdout = new StringWriter();

        var exit = await HealthCheckCommand.CheckAsync(new HealthOptions { File = _file, MaxAgeSeconds = 60 }, new FakeTimeProvider(), stdout, CancellationToken.None);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.StartsWith("unhealthy: no status yet", stdout.ToString(), StringComparison.Ordinal);
    }
}
