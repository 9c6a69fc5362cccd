using System.Net;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Http;
using AsyncBot.FakeDiscord.Rest;
using AsyncBot.Tests.Runs.Redis;
using Interactions = AsyncBot.FakeDiscord.Gateway.FakeInteractions;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>
/// A scale-out deployment on loopback: N copies of the real program in HTTP mode, each its own process on its own
/// port, all pointing <c>State__Redis</c> at one Garnet in this process, against one fake Discord that signs every
/// interaction with the key the replicas were given. Only the first replica registers the commands.
/// </summary>
internal sealed class ReplicaSet : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private ReplicaSet(GarnetRig garnet, FakeDiscordServer server, FakeInteractionSigner signer)
    {
        Garnet = garnet;
        Server = server;
        Signer = signer;
    }

    public GarnetRig Garnet { get; }

    public FakeDiscordServer Server { get; }

    public FakeInteractionSigner Signer { get; }

    public FakeRestModule Rest => Server.Rest();

    public List<Replica> Replicas { get; } = [];

    /// <summary>Starts <paramref name="count"/> replicas with <paramref name="settings"/> (environment spelling) on top of the shared ones, and waits until every <c>/healthz</c> says ready.</summary>
    public static async Task<ReplicaSet> StartAsync(int count, IReadOnlyDictionary<string, string>? settings = null)
    {
        var set = new ReplicaSet(new GarnetRig(), await FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest()), new FakeInteractionSigner());
        try
        {
            var prefix = "replicas-" + Guid.NewGuid().ToString("N");
            for (var i = 0; i < count; i++)
            {
                set.Replicas.Add(set.StartReplica(i, prefix, settings));
            }

            await BotHarness.WaitUntilAsync(
                () => set.Replicas.TrueForAll(r => r.Process.HasExited || BotProcess.IsReady(set._http, r.Port)), StartTimeout, "every replica's /healthz to say ready");
            if (set.Replicas.Find(r => r.Process.HasExited) is { } dead)
            {
                var (exit, _, stderr) = await dead.Process.WaitAsync(TimeSpan.FromSeconds(5));
                throw new InvalidOperationException($"replica {dead.Index} exited with {exit} while starting: {stderr}");
            }

            return set;
        }
        catch
        {
            await set.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends <c>/race tasks:…</c> from <paramref name="userId"/> to replica <paramref name="replica"/>.</summary>
    public Task<FakeEndpointAnswer> RaceAsync(int replica, string userId, string tasks) =>
        Replicas[replica].Poster.PostAsync(Interactions.SlashCommand("race", [("tasks", tasks)], userId: userId));

    /// <summary>Presses the Cancel button of run <paramref name="runId"/> as <paramref name="userId"/>, delivered to replica <paramref name="replica"/>.</summary>
    public Task<FakeEndpointAnswer> CancelAsync(int replica, string runId, string userId) =>
        Replicas[replica].Poster.PostAsync(Interactions.ButtonClick("cancel:" + runId, userId: userId));

    /// <summary>
    /// The first reply to a command, wherever it went: the HTTP answer itself, or (when the handler took longer
    /// than the endpoint waits and it answered "thinking…") the edit that followed.
    /// </summary>
    public async Task<(string Content, bool Ephemeral)> FirstReplyAsync(FakeEndpointAnswer answer)
    {
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var data = answer.Json?["data"];
        var ephemeral = ((data?["flags"]?.GetValue<int>() ?? 0) & 64) == 64;
        if (answer.CallbackType == 4)
        {
            return ((string?)data?["content"] ?? string.Empty, ephemeral);
        }

        Assert.Equal(5, answer.CallbackType);
        var id = answer.InteractionId!;
        await BotHarness.WaitUntilAsync(() => Rest.Messages.For(id).Any(r => r.Action == FakeMessageAction.Edit), what: "the deferred reply's edit");
        return (Rest.Messages.For(id).First(r => r.Action == FakeMessageAction.Edit).Content ?? string.Empty, ephemeral);
    }

    /// <summary>Every line the run's followups carried, with when the fake received it.</summary>
    public List<(string Line, DateTimeOffset ArrivedAt)> Lines(string interactionId) =>
        [.. Rest.Messages.For(interactionId).Where(r => r.Action == FakeMessageAction.Create)
            .SelectMany(r => (r.Content ?? string.Empty).Split('\n').Select(line => (line, r.ArrivedAt)))];

    /// <summary>Waits until the run's reply was edited at the end (summary in, Cancel button off).</summary>
    public Task WaitForRunEndAsync(string interactionId, TimeSpan? timeout = null) =>
        BotHarness.WaitUntilAsync(
            () => Rest.Messages.For(interactionId).Any(r => r.Action == FakeMessageAction.Edit && BotHarness.IsButtonDisabled(r)),
            timeout, "the run's final edit");

    /// <summary>What replica <paramref name="replica"/>'s <c>/healthz</c> answers right now.</summary>
    public async Task<HttpStatusCode> HealthAsync(int replica)
    {
        using var response = await _http.GetAsync(new Uri($"http://127.0.0.1:{Replicas[replica].Port}/healthz"));
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in Replicas)
        {
            replica.Process.Dispose();
            replica.Poster.Dispose();
            File.Delete(replica.HealthFile);
        }

        _http.Dispose();
        Signer.Dispose();
        await Server.DisposeAsync();
        Garnet.Dispose();
    }

    private Replica StartReplica(int index, string prefix, IReadOnlyDictionary<string, string>? settings)
    {
        var port = BotProcess.FreePort();
        var healthFile = Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.health");
        var environment = new Dictionary<string, string>
        {
            ["DISCORD_TOKEN"] = Server.Options.Token,
            ["Discord__ApiBaseUrl"] = Server.ApiBaseUrl.ToString(),
            ["Discord__Interactions"] = "Http",
            ["Discord__PublicKey"] = Signer.PublicKeyHex,
            ["Discord__RegisterCommands"] = index == 0 ? "true" : "false",
            ["Http__Urls"] = $"http://127.0.0.1:{port}",
            ["Health__File"] = healthFile,
            ["State__Redis"] = Garnet.ConnectionString,
            ["State__KeyPrefix"] = prefix,
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var process = BotProcess.Start([], environment);
        return new Replica(index, port, process, new FakeEndpointPoster(Server, new Uri($"http://127.0.0.1:{port}/interactions"), Signer), healthFile);
    }

    /// <summary>One bot process of the set, and the poster that plays Discord towards it.</summary>
    internal sealed record Replica(int Index, int Port, BotProcess Process, FakeEndpointPoster Poster, string HealthFile);
}
