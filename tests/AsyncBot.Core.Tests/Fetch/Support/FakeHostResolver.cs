using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using AsyncBot.Core.Fetch;

namespace AsyncBot.Core.Tests.Fetch.Support;

/// <summary>
/// Answers DNS lookups from a table, so tests never send a DNS query. A name may have several answers in turn (the
/// last repeats), which is how a rebinding attacker behaves; unknown names fail like a name that does not exist.
/// </summary>
internal sealed class FakeHostResolver : IHostResolver
{
    private readonly ConcurrentDictionary<string, Queue<IPAddress[]>> _answers = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<string> Lookups { get; } = new();

    public FakeHostResolver Map(string host, params string[] addresses)
    {
        _answers.GetOrAdd(host, _ => new Queue<IPAddress[]>()).Enqueue(addresses.Select(IPAddress.Parse).ToArray());
        return this;
    }

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken = default)
    {
        Lookups.Enqueue(host);
        if (!_answers.TryGetValue(host, out var answers))
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        lock (answers)
        {
            return Task.FromResult(answers.Count > 1 ? answers.Dequeue() : answers.Peek());
        }
    }
}
