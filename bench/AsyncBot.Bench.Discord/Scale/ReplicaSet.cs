using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using AsyncBot.Bench.Discord.Load;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Http;

namespace AsyncBot.Bench.Discord.Scale;

/// <summary>
/// The bot binary started <c>count</c> times in <c>Discord:Interactions=Http</c> mode, each replica on its own
/// loopback port with its own health file and run history (SQLite is one process's file), all sharing the store
/// when one is given; only the first registers the slash commands, as the configuration guide asks of replicas.
/// </summary>
internal sealed class ReplicaSet : IAsyncDisposable
{
    private readonly string _folder;

    private ReplicaSet(string folder, IReadOnlyList<BotUnderLoad> bots, IReadOnlyList<Uri> endpoints)
    {
        _folder = folder;
        Bots = bots;
        Endpoints = endpoints;
    }

    public IReadOnlyList<BotUnderLoad> Bots { get; }

    /// <summary>Each replica's <c>http://127.0.0.1:port/</c>.</summary>
    public IReadOnlyList<Uri> Endpoints { get; }

    public static async Task<ReplicaSet> StartAsync(
        string bot, int count, FakeDiscordServer server, FakeInteractionSigner signer, string? store, int runsTotal)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"asyncbot-scale-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var bots = new List<BotUnderLoad>();
        var endpoints = new List<Uri>();
        var set = new ReplicaSet(folder, bots, endpoints);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var port = FreePort();
                var environment = new Dictionary<string, string>
                {
                    ["DISCORD_TOKEN"] = server.Options.Token,
                    ["Discord__ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
                    ["Discord__Interactions"] = "Http",
                    ["Discord__PublicKey"] = signer.PublicKeyHex,
                    ["Discord__RegisterCommands"] = i == 0 ? "true" : "false",
                    ["Http__Urls"] = $"http://127.0.0.1:{port}",
                    ["Health__File"] = Path.Combine(folder, $"replica-{i}.health"),
                    ["History__ConnectionString"] = $"Data Source={Path.Combine(folder, $"replica-{i}.db")}",
                    ["Limits__RunsTotal"] = runsTotal.ToString(CultureInfo.InvariantCulture),
                };
                if (store is not null)
                {
                    environment["State__Redis"] = store;
                }

                bots.Add(BotUnderLoad.Start([bot], environment));
                endpoints.Add(new Uri($"http://127.0.0.1:{port}/"));
            }

            await Task.WhenAll(endpoints.Select((e, i) => WaitReadyAsync(e, bots[i])));
            return set;
        }
        catch
        {
            await set.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Bots.Select(b => b.StopAsync(TimeSpan.FromSeconds(10))));
        foreach (var bot in Bots)
        {
            bot.Dispose();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A replica still closing its history file; the temp folder is the system's to clean.
        }
    }

    private static async Task WaitReadyAsync(Uri baseUri, BotUnderLoad bot)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 30);
        while (Stopwatch.GetTimestamp() < deadline && !bot.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(baseUri, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer while it starts.
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"the replica at {baseUri} never said ready:\n{bot.LastOutput()}");
    }

    // Port 0 cannot be passed to a child process and read back, so take a free one and hand it over.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
