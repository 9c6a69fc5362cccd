using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>Opens the one connection to the run store that the whole process shares.</summary>
internal static class RunStoreConnection
{
    public static IConnectionMultiplexer Connect(StateOptions options, ILoggerFactory? loggerFactory)
    {
        var config = ConfigurationOptions.Parse(options.Redis!);

        // The bot starts and stays up while the store is away: connect in the background and keep retrying,
        // whatever the connection string says.
        config.AbortOnConnectFail = false;

        // A command issued while disconnected fails at once instead of waiting in a backlog: a refusal inside the
        // interaction's 3 seconds beats a run admitted after Discord gave up on the answer.
        config.BacklogPolicy = BacklogPolicy.FailFast;
        config.ClientName ??= "asyncbot";
        config.LoggerFactory ??= loggerFactory;
        return ConnectionMultiplexer.Connect(config);
    }
}
