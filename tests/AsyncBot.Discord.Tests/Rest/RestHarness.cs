using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using AsyncBot.Discord.Rest.Commands;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Rest;

/// <summary>
/// A fake Discord on loopback and the real REST client wired by <c>AddDiscordRest</c>, sharing one
/// <see cref="FakeTimeProvider"/>, with every log line captured.
/// </summary>
internal sealed class RestHarness : IAsyncDisposable
{
    public const string BotToken = "MTMwNjU2MTkzNDc4NjcxOTc4Ng.GfAkE0.FAKE-token-for-loopback-tests-only-00000";
    public const string ApplicationId = "1306561934786719786";

    private RestHarness(FakeTimeProvider time, FakeDiscordServer server, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Time = time;
        Server = server;
        Services = services;
        Logs = logs;
    }

    public FakeTimeProvider Time { get; }

    public FakeDiscordServer Server { get; }

    public FakeRestModule Fake => Server.Rest();

    public ServiceProvider Services { get; }

    public CapturingLoggerProvider Logs { get; }

    public DiscordRestClient Client => Services.GetRequiredService<DiscordRestClient>();

    public IInteractionResponder Responder => Services.GetRequiredService<IInteractionResponder>();

    public IApplicationCommandClient Commands => Services.GetRequiredService<IApplicationCommandClient>();

    public static async Task<RestHarness> StartAsync(
        Action<FakeRestOptions>? fake = null, Action<DiscordRestOptions>? client = null, string? token = BotToken)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 2, 9, 30, 0, TimeSpan.Zero));
        var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest(r =>
        {
            r.Time = time;

            // The client must follow whatever window the headers announce; these tests were written against 1 s.
            r.BucketWindow = TimeSpan.FromSeconds(1);
            fake?.Invoke(r);
        }));
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .Configure<DiscordOptions>(o =>
            {
                o.ApiBaseUrl = server.ApiBaseUrl;
                o.Token = token;
            })
            .AddDiscordRest(client)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new RestHarness(time, server, services, logs);
    }

    /// <summary>Registers a fresh interaction with the fake and returns it as the bot would see it.</summary>
    public Interaction NewInteraction(InteractionType type = InteractionType.ApplicationCommand)
    {
        var registered = Fake.Interactions.Create((int)type);
        return ToInteraction(registered);
    }

    public static Interaction ToInteraction(FakeInteraction registered) =>
        new(registered.Id, registered.ApplicationId, (InteractionType)registered.Type, registered.Token,
            new InteractionUser("1026922282796470289", "ada.codes", "Ada L."));

    /// <summary>A fresh interaction that has already been answered with a type 4 reply.</summary>
    public async Task<Interaction> AcknowledgedInteractionAsync(string content = "plan")
    {
        var interaction = NewInteraction();
        await Responder.RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new MessageContent(content)));
        return interaction;
    }

    /// <summary>
    /// Drives the fake clock while <paramref name="task"/> runs real HTTP: advances it by <paramref name="step"/>
    /// whenever the task has made no progress for a moment, until it completes (bounded).
    /// </summary>
    public async Task PumpAsync(Task task, TimeSpan? step = null)
    {
        for (var i = 0; i < 4000 && !task.IsCompleted; i++)
        {
            await Task.WhenAny(task, Task.Delay(2));
            if (!task.IsCompleted)
            {
                Time.Advance(step ?? TimeSpan.FromMilliseconds(50));
            }
        }

        await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async Task<T> PumpAsync<T>(Task<T> task, TimeSpan? step = null)
    {
        await PumpAsync((Task)task, step);
        return await task;
    }

    /// <summary>
    /// Asserts that <paramref name="task"/> is held back by the client: still pending after a real-time grace long
    /// enough for a loopback request to land, with the fake's count of requests unchanged. The fake clock does not
    /// move meanwhile, so a request sent too early would hit the exhausted bucket.
    /// </summary>
    public async Task AssertHeldBackAsync(Task task)
    {
        var before = Fake.Requests.Requests.Count;
        await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(250)));
        Assert.False(task.IsCompleted, "the request was not held back");
        Assert.Equal(before, Fake.Requests.Requests.Count);
    }

    /// <summary>Waits (real time, bounded) until <paramref name="condition"/> holds.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 2500 && !condition(); i++)
        {
            await Task.Delay(2);
        }

        Assert.True(condition(), "condition not reached within the bound");
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
