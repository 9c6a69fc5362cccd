using System.Text.Json;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Gateway;
using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.Bench.Discord;

/// <summary>
/// The fake Discord (gateway and REST) as a process of its own, for timing the published bot's startup: prints
/// <c>{"api_base_url", "token"}</c>, then <c>{"event": "ready", "unix_ms", "ready_count"}</c> each time it sends
/// READY, and runs until its standard input closes. Only ever listens on 127.0.0.1.
/// </summary>
public static class FakeDiscordHost
{
    public static async Task<int> RunAsync()
    {
        // Every bot start identifies anew; Discord's one-identify-per-5-s rule would refuse the second start.
        var gateway = new FakeGateway(new FakeGatewayOptions { MaxConcurrency = 100, HeartbeatIntervalMs = 41_250 });
        var options = new FakeDiscordOptions { Modules = { gateway } }.WithRest();
        await using var server = await FakeDiscordServer.StartAsync(options);
        gateway.InteractionSent += i => server.Rest().Interactions.Register(i.Id, i.Token, i.CreatedAt, i.Type);
        Print(new Dictionary<string, object> { ["api_base_url"] = server.ApiBaseUrl.ToString(), ["token"] = server.Options.Token });

        using var stop = new CancellationTokenSource();
        var stdinClosed = Task.Run(async () =>
        {
            using var stdin = Console.OpenStandardInput();
            var buffer = new byte[256];
            while (await stdin.ReadAsync(buffer) > 0)
            {
            }

            await stop.CancelAsync();
        });

        var seen = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await gateway.WaitUntilAsync(g => g.ReadyCount > seen, Timeout.InfiniteTimeSpan, stop.Token);
                var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                seen = gateway.ReadyCount;
                Print(new Dictionary<string, object> { ["event"] = "ready", ["unix_ms"] = now, ["ready_count"] = seen });
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        await stdinClosed;
        return 0;
    }

    private static void Print(Dictionary<string, object> fields)
    {
        Console.Out.WriteLine(JsonSerializer.Serialize(fields, FakeHostJsonContext.Default.DictionaryStringObject));
        Console.Out.Flush();
    }
}
