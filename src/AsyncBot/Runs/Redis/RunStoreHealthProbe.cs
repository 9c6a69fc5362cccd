using Microsoft.Extensions.Hosting;

namespace AsyncBot.Runs.Redis;

/// <summary>
/// Asks the run store whether it answers, at start and every <see cref="RedisRunStoreHealth.ProbeEvery"/> on the
/// host's clock, for the health file and <c>/healthz</c>. Without <c>State:Redis</c> there is no store to ask and
/// this does nothing.
/// </summary>
internal sealed class RunStoreHealthProbe(IRunStoreHealth health, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (health is not RedisRunStoreHealth store)
        {
            return;
        }

        using var timer = new PeriodicTimer(RedisRunStoreHealth.ProbeEvery, time);
        try
        {
            do
            {
                await store.ProbeAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
