using System.Diagnostics;
using System.Globalization;

namespace AsyncBot.Bench.Output;

/// <summary>
/// The process's memory as the kernel counts it, read from <c>/proc/self/status</c> the same way the Python and
/// Node programs read it, so every runtime is measured by one ruler.
/// </summary>
public static class ProcessStats
{
    /// <summary>Peak resident set size (VmHWM) in KiB, or -1 off Linux.</summary>
    public static long PeakRssKb() => Read("VmHWM:");

    /// <summary>Current resident set size (VmRSS) in KiB, or -1 off Linux.</summary>
    public static long RssKb() => Read("VmRSS:");

    /// <summary>User plus system CPU time of this process so far, in milliseconds.</summary>
    public static double CpuMs()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    private static long Read(string key)
    {
        const string Path = "/proc/self/status";
        if (!File.Exists(Path))
        {
            return -1;
        }

        foreach (var line in File.ReadLines(Path))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                var digits = line[key.Length..].Trim().Split(' ')[0];
                return long.Parse(digits, CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }
}
