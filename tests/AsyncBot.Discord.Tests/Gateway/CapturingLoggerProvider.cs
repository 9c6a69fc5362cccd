using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Tests.Gateway;

/// <summary>Keeps every log entry (message, structured values, exception) so tests can search them.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>Everything a log sink could see, flattened to text.</summary>
    public string AllText() => string.Join('\n', _entries.Select(e => $"{e.Category} {e.Level} {e.Message} {e.State} {e.Exception}"));

    internal sealed record LogEntry(string Category, LogLevel Level, string Message, string State, string? Exception);

    private sealed class CapturingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}"))
                : state?.ToString() ?? string.Empty;
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
