using System.Globalization;
using AsyncBot.Discord.Gateway;

namespace AsyncBot.Hosting;

/// <summary>The one-line status file format: <c>&lt;state&gt; &lt;unix ms&gt;</c>, and the verdict on it.</summary>
internal static class HealthStatus
{
    public static string Format(GatewayState state, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{state} {now.ToUnixTimeMilliseconds()}");

    /// <summary>Healthy means: the file is fresh and the gateway is ready (or briefly resuming).</summary>
    public static (bool Healthy, string Reason) Judge(string? content, DateTimeOffset now, TimeSpan maxAge)
    {
        var parts = content?.Trim().Split(' ');
        if (parts is not { Length: 2 }
            || !Enum.TryParse<GatewayState>(parts[0], out var state)
            || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var stamp))
        {
            return (false, "no status yet (is the bot running in Discord mode?)");
        }

        var age = now - DateTimeOffset.FromUnixTimeMilliseconds(stamp);
        if (age > maxAge)
        {
            return (false, $"status is {age.TotalSeconds:F0} s old: the bot is not running or is stuck");
        }

        return state is GatewayState.Ready or GatewayState.Resuming
            ? (true, $"gateway {state.ToString().ToLowerInvariant()}")
            : (false, $"gateway {state.ToString().ToLowerInvariant()}");
    }
}
