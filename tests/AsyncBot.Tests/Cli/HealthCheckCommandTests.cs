using AsyncBot.Cli;
using AsyncBot.Discord.Gateway;
using AsyncBot.Hosting;
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
}
