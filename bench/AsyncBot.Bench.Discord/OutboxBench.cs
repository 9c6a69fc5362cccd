using System.Globalization;
using System.Text;
using AsyncBot.Bench.Output;
using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;
using AsyncBot.Discord;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Rest;
using AsyncBot.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AsyncBot.Bench.Discord;

/// <summary>
/// The Discord outbox under a webhook rate limit: a real <c>/race</c>-sized run (<c>--tasks</c> tasks finishing
/// <c>--step</c> seconds apart) posts its lines through <see cref="RunOutbox"/>, the real REST client and rate
/// limiter, to the fake Discord, whose webhook bucket allows <c>--limit</c> messages per <c>--window</c> seconds
/// (Discord's is about 5 per 2 s). Reports messages sent against events, 429s, whether every line arrived once and in
/// order, and how long the outbox needed after the run to drain.
/// </summary>
public static class OutboxBench
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var taskCount = args.Count("tasks", 25);
        var step = args.Number("step", 0.1);
        var limit = args.Count("limit", 5);
        var window = args.Number("window", 2);

        var options = new FakeDiscordOptions().WithRest(rest =>
        {
            rest.BucketLimit = limit;
            rest.BucketWindow = TimeSpan.FromSeconds(window);
        });
        await using var server = await FakeDiscordServer.StartAsync(options);
        await using var services = new ServiceCollection()
            .Configure<DiscordOptions>(discord =>
            {
                discord.Token = server.Options.Token;
                discord.ApiBaseUrl = server.ApiBaseUrl;
            })
            .AddDiscordRest()
            .BuildServiceProvider();
        var responder = services.GetRequiredService<IInteractionResponder>();

        var fake = server.Rest().Interactions.Create();
        var interaction = new Interaction(fake.Id, fake.ApplicationId, InteractionType.ApplicationCommand, fake.Token,
            new InteractionUser("1026922282796470289", "bench"));
        var plan = Plan(taskCount, step);
        await responder.RespondAsync(interaction, new InteractionResponse(
            InteractionCallbackType.ChannelMessageWithSource, new MessageContent(RaceLines.Plan(plan))));

        var posted = new List<string>();
        var outbox = new RunOutbox(interaction, responder, TimeProvider.System, NullLogger.Instance);
        await using (outbox)
        {
            var time = TimeProvider.System;
            var start = time.GetTimestamp();
            var result = await new RaceEngine(time).RunAsync(plan, new PostingObserver(outbox, posted));
            var runEnded = time.GetElapsedTime(start);
            outbox.PostStandalone(RaceSummary.Render(result));
            await outbox.CompleteAsync();
            var drained = time.GetElapsedTime(start);

            var followups = server.Rest().Messages.For(fake.Id).Where(r => r.Action == FakeMessageAction.Create).ToList();
            var received = followups.SkipLast(1).SelectMany(r => (r.Content ?? string.Empty).Split('\n')).ToList();
            var orderKept = received.SequenceEqual(posted) && followups.Count > 0
                && followups[^1].Content == RaceSummary.Render(result);
            var naiveMessages = posted.Count + 1;
            new ResultLine("outbox", "dotnet-runoutbox")
                .Add("tasks", taskCount)
                .Add("bucket", string.Create(CultureInfo.InvariantCulture, $"{limit} per {window} s"))
                .Add("events", posted.Count)
                .Add("messages_sent", server.Rest().Requests.For("POST", "/webhooks/:id/:token").Count)
                .Add("followups_received", followups.Count)
                .Add("order_kept", orderKept)
                .Add("rate_limited_429", server.Rest().Requests.InvalidResponses)
                .Add("sent_while_exhausted", server.Rest().Requests.RequestsWhileExhausted)
                .Add("run_ms", runEnded.TotalMilliseconds)
                .Add("drain_after_run_ms", (drained - runEnded).TotalMilliseconds)
                .Add("naive_messages", naiveMessages)
                .Add("naive_min_ms", Math.Ceiling(naiveMessages / (double)limit) * window * 1000)
                .AddProcessStats()
                .Print();
            return orderKept ? 0 : 1;
        }
    }

    /// <summary>Tasks T1..TN of step, 2·step, … seconds: all start together, then one finishes every step.</summary>
    private static RacePlan Plan(int count, double step)
    {
        var spec = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            spec.Append(CultureInfo.InvariantCulture, $"T{i}:{Math.Round(i * step, 3)} ");
        }

        var limits = new RaceOptions { MaxTasks = Math.Max(count, 1) };
        return RacePlanParser.TryParse(spec.ToString(), "gather", "delay", limits, out var plan, out var error)
            ? plan
            : throw new ArgumentException(error);
    }

    /// <summary>What the bot's race handler does with each event: its line, markdown-escaped, into the outbox.</summary>
    private sealed class PostingObserver(RunOutbox outbox, List<string> posted) : IRaceObserver
    {
        public void OnEvent(in RaceEvent raceEvent)
        {
            if (RaceLines.Line(in raceEvent) is { } line)
            {
                var text = MessageText.EscapeMarkdown(line);
                posted.Add(text);
                outbox.Post(text);
            }
        }
    }
}
