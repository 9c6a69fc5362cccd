using Microsoft.Extensions.Logging;

namespace AsyncBot.Core.Fetch;

/// <summary>The fetch engine's log messages (source-generated, never with full URLs, which may hold secrets).</summary>
internal static partial class FetchLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Fetch run ({Mode}, {Count} URLs) ended after {ElapsedMs} ms, cancelled: {Cancelled}")]
    public static partial void RunFinished(ILogger logger, FetchMode mode, int count, double elapsedMs, bool cancelled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetch to host {Host} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string host, string? reason);
}
