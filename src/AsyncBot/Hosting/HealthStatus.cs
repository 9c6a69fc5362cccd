using System.Globalization;
using AsyncBot.Discord;
using AsyncBot.Discord.Gateway;
using AsyncBot.Runs;

namespace AsyncBot.Hosting;

/// <summary>
/// The one-line status file: <c>&lt;state&gt; &lt;unix ms&gt; &lt;gateway|http&gt; store=&lt;none|up|down:unix ms&gt;</c>,
/// and the verdict on it. Only the first two fields are required, so a file from an older bot still reads.
/// </summary>
internal static class HealthStatus
{
    private const string StorePrefix = "store=";

    public static string Format(GatewayState state, DateTimeOffset now) =>
        Format(state, now, InteractionDelivery.Gateway, RunStoreReport.InMemory);

    public static string Format(GatewayState state, DateTimeOffset now, InteractionDelivery delivery, RunStoreReport store)
    {
        var mode = delivery == InteractionDelivery.Http ? "http" : "gateway";
        var storeField = store switch
        {
            { Configured: false } => "none",
            { Reachable: true } => "up",
            _ => "down:" + (store.UnreachableSince ?? now).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{state} {now.ToUnixTimeMilliseconds()} {mode} {StorePrefix}{storeField}");
    }

    /// <summary>
    /// Healthy means: the file is fresh and Discord's side is up — the gateway ready (or briefly resuming), or in HTTP
    /// mode the interactions endpoint ready. An unreachable run store makes a healthy bot degraded, not unhealthy: new
    /// runs are refused with a message until it is back, everything else is answered, and restarting the bot would not
    /// bring the store back.
    /// </summary>
    public static HealthVerdict Judge(string? content, DateTimeOffset now, TimeSpan maxAge)
    {
        var parts = content?.Trim().Split(' ');
        if (parts is not { Length: >= 2 }
            || !Enum.TryParse<GatewayState>(parts[0], out var state)
            || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var stamp))
        {
            return new HealthVerdict(false, false, "no status yet (is the bot running in Discord mode?)");
        }

        var age = now - DateTimeOffset.FromUnixTimeMilliseconds(stamp);
        if (age > maxAge)
        {
            return new HealthVerdict(false, false, $"status is {age.TotalSeconds:F0} s old: the bot is not running or is stuck");
        }

        var http = parts.Length > 2 && parts[2] == "http";
        var name = state.ToString().ToLowerInvariant();
        var (healthy, reason) = http
            ? (state == GatewayState.Ready, state == GatewayState.Ready ? "interactions endpoint ready" : $"interactions endpoint not ready (Discord REST: {name})")
            : (state is GatewayState.Ready or GatewayState.Resuming, $"gateway {name}");
        var (storeDown, storeReason) = StoreReason(parts.Length > 3 ? parts[3] : null, now);
        return new HealthVerdict(healthy, storeDown, reason + storeReason);
    }

    /// <summary>
    /// The store's outage in words, for the health line and <c>/healthz</c>:
    /// <c>unreachable since 2026-12-05 12:00:00Z (42 s)</c>.
    /// </summary>
    public static string Outage(DateTimeOffset since, DateTimeOffset now) => string.Create(CultureInfo.InvariantCulture,
        $"unreachable since {since.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z ({Math.Max(0, (now - since).TotalSeconds):F0} s)");

    private static (bool Down, string Reason) StoreReason(string? field, DateTimeOffset now)
    {
        if (field is null || !field.StartsWith(StorePrefix, StringComparison.Ordinal))
        {
            return (false, string.Empty);
        }

        var value = field[StorePrefix.Length..];
        if (value == "up")
        {
            return (false, "; run store reachable");
        }

        if (value.StartsWith("down:", StringComparison.Ordinal)
            && long.TryParse(value["down:".Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var since))
        {
            return (true, $"; run store {Outage(DateTimeOffset.FromUnixTimeMilliseconds(since), now)}: new runs are refused until it is back");
        }

        return (false, string.Empty);
    }
}
