using AsyncBot.Discord.Interactions;
using AsyncBot.Runs;
using AsyncBot.Runs.Redis;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>A replica's <see cref="LostRunReaper"/>, composed as the host composes it, telling a recording responder.</summary>
internal static class ReaperRig
{
    /// <param name="replica">The replica it sweeps for (its registry, its settings, its connection).</param>
    /// <param name="time">The clock it reads.</param>
    /// <param name="connection">Another connection to sweep through, when the replica's own is meant to be gone.</param>
    public static (LostRunReaper Reaper, RecordingResponder Told) For(ReplicaRig replica, TimeProvider time, IConnectionMultiplexer? connection = null)
    {
        var told = new RecordingResponder();
        var services = new ServiceCollection()
            .AddSingleton(connection ?? replica.Connection)
            .AddSingleton<IRunRegistry>(replica.Registry)
            .AddSingleton<IInteractionResponder>(told)
            .BuildServiceProvider();
        var reaper = new LostRunReaper(Microsoft.Extensions.Options.Options.Create(replica.State), services, time, NullLogger<LostRunReaper>.Instance);
        return (reaper, told);
    }

    /// <summary>One sweep, with no way to stop it.</summary>
    public static Task<int> SweepAsync(this LostRunReaper reaper) => reaper.SweepAsync(CancellationToken.None);
}
