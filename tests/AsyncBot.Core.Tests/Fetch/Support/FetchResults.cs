using AsyncBot.Core.Fetch;

namespace AsyncBot.Core.Tests.Fetch.Support;

/// <summary>Hand-built results for renderer tests.</summary>
internal static class FetchResults
{
    public static FetchUrlResult Ok(int index, string url, double startMs, double endMs, long bytes = 292, int status = 200, string reason = "OK") =>
        new(index, url, FetchOutcome.Finished, status, reason, bytes, Ms(startMs), Ms(endMs), false, null, FetchFailureKind.None, 0);

    public static FetchUrlResult Failed(int index, string url, FetchFailureKind failure, string error, double startMs, double endMs) =>
        new(index, url, FetchOutcome.Failed, null, null, 0, Ms(startMs), Ms(endMs), false, error, failure, 0);

    public static FetchUrlResult Refused(int index, string url, string error) =>
        new(index, url, FetchOutcome.Refused, null, null, 0, null, null, false, error, FetchFailureKind.Refused, 0);

    public static TimeSpan Ms(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds);
}
