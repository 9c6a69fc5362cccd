using System.Diagnostics;
using System.Globalization;

namespace AsyncBot.Bench.Discord.Load;

/// <summary>
/// A bot started as its own process against the fake Discord, and what the kernel counts for it: CPU time from
/// <c>/proc/PID/stat</c> and peak RSS (<c>VmHWM</c>) from <c>/proc/PID/status</c>, the same ruler for every runtime.
/// Its output is drained (and the last lines kept for a failure report) so a chatty bot never blocks on a full pipe.
/// </summary>
internal sealed class BotUnderLoad : IDisposable
{
    private const int KeptLines = 40;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly Lock _lock = new();
    private long _outputLines;
    private long _problemLines;
    private string? _firstProblem;

    private BotUnderLoad(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Lines the bot has written to stdout and stderr so far (its log).</summary>
    public long OutputLines => Interlocked.Read(ref _outputLines);

    /// <summary>Log lines at Warning or above (the bot's console format prints the level as <c>WRN</c>, <c>ERR</c>, <c>FTL</c>).</summary>
    public long ProblemLines => Interlocked.Read(ref _problemLines);

    /// <summary>The first Warning-or-worse line, for a report that has to say what went wrong.</summary>
    public string? FirstProblem => Volatile.Read(ref _firstProblem);

    public static BotUnderLoad Start(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("Discord__", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command[0]}");
        var bot = new BotUnderLoad(process);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>User plus system CPU seconds the process has used so far (clock ticks are 1/100 s on Linux).</summary>
    public double CpuSeconds() => CpuSecondsOf(Id);

    /// <summary>User plus system CPU seconds process <paramref name="pid"/> has used so far.</summary>
    public static double CpuSecondsOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");

        // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (utime + stime) / 100.0;
    }

    /// <summary>Open file descriptors (sockets included), or -1 once the process is gone.</summary>
    public int OpenFiles()
    {
        try
        {
            return Directory.GetFiles($"/proc/{Id}/fd").Length;
        }
        catch (IOException)
        {
            return -1;
        }
    }

    /// <summary>Peak resident set size in KiB.</summary>
    public long PeakRssKb() => StatusKb("VmHWM:");

    public string LastOutput()
    {
        lock (_lock)
        {
            return string.Join('\n', _lastLines);
        }
    }

    /// <summary>SIGTERM (via <c>kill</c>, which .NET lacks a call for), then a kill if it does not exit in time.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private long StatusKb(string key)
    {
        foreach (var line in File.ReadLines($"/proc/{Id}/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        Interlocked.Increment(ref _outputLines);
        if (line.Contains(" WRN]", StringComparison.Ordinal) || line.Contains(" ERR]", StringComparison.Ordinal)
            || line.Contains(" FTL]", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _problemLines);
            Interlocked.CompareExchange(ref _firstProblem, line, null);
        }

        lock (_lock)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }
    }
}
