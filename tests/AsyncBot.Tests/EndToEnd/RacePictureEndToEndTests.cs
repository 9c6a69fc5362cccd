using System.Collections.Concurrent;
using System.Net;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using AsyncBot.FakeDiscord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkiaSharp;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>/race's summary carries the run as a PNG timeline, through the real REST client's multipart upload.</summary>
public class RacePictureEndToEndTests
{
    [Fact]
    public async Task Race_Finished_SummaryFollowupCarriesTimelinePngInAnEmbed()
    {
        var followups = new ConcurrentQueue<MessageContent>();
        await using var bot = await BotHarness.StartAsync(services: services => RecordFollowups(services, followups));

        var sent = await bot.SendCommandAsync("race", options: ("tasks", "A:0.4 B:0.6 C:0.2"));
        await bot.WaitForRunEndAsync(sent.Id);

        var created = bot.MessagesFor(sent.Id).Where(r => r.Action == FakeMessageAction.Create).ToList();
        var summary = created[^1];
        Assert.StartsWith("Finished in", summary.Content, StringComparison.Ordinal);
        var file = Assert.Single(summary.Files);
        Assert.Equal(0, file.Index);
        Assert.Equal("timeline.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Contains("name=\"files[0]\"", file.ContentDisposition, StringComparison.Ordinal);
        var embed = Assert.Single(summary.Message!["embeds"]!.AsArray());
        Assert.Equal("attachment://timeline.png", embed!["image"]!["url"]!.GetValue<string>());
        Assert.Equal("timeline.png", summary.Message["attachments"]![0]!["filename"]!.GetValue<string>());
        Assert.All(created.SkipLast(1), line => Assert.Empty(line.Files));

        // The bytes that went out are the ones the fake received, and they are a PNG of the chart.
        var picture = Assert.Single(followups, m => m.Attachments is { Count: > 0 }).Attachments![0];
        Assert.Equal(file.Length, picture.Content.Length);
        using var bitmap = SKBitmap.Decode(picture.Content.Span);
        Assert.NotNull(bitmap);
        Assert.Equal(1000, bitmap.Width);
        Assert.InRange(bitmap.Height, 150, 400);
    }

    [Fact]
    public async Task Race_DiscordRefusesTheUpload_SummaryStillGoesOutAsText()
    {
        var followups = new ConcurrentQueue<MessageContent>();
        await using var bot = await BotHarness.StartAsync(services: services => RecordFollowups(services, followups, refuseFiles: true));

        var sent = await bot.SendCommandAsync("race", options: ("tasks", "A:0.2 B:0.1"));
        await bot.WaitForRunEndAsync(sent.Id);

        var summary = bot.MessagesFor(sent.Id).Where(r => r.Action == FakeMessageAction.Create).Last();
        Assert.StartsWith("Finished in", summary.Content, StringComparison.Ordinal);
        Assert.Empty(summary.Files);
        Assert.Single(followups, m => m.Attachments is { Count: > 0 });
    }

    /// <summary>
    /// Wraps the real responder so the test sees each followup's bytes as they leave, and can refuse uploads the
    /// way Discord does (40005 Request entity too large).
    /// </summary>
    private static void RecordFollowups(IServiceCollection services, ConcurrentQueue<MessageContent> followups, bool refuseFiles = false)
    {
        services.RemoveAll<IInteractionResponder>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<IInteractionResponder>(sp => new RecordingResponder(sp.GetRequiredService<InteractionResponder>(), followups, refuseFiles));
    }

    private sealed class RecordingResponder(IInteractionResponder inner, ConcurrentQueue<MessageContent> followups, bool refuseFiles) : IInteractionResponder
    {
        public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default) =>
            inner.RespondAsync(interaction, response, cancellationToken);

        public Task<string> FollowupAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
        {
            followups.Enqueue(message);
            return refuseFiles && message.Attachments is { Count: > 0 }
                ? throw new DiscordRequestException(HttpStatusCode.RequestEntityTooLarge, 40005, "Request entity too large", "/webhooks/:id/:token")
                : inner.FollowupAsync(interaction, message, cancellationToken);
        }

        public Task EditOriginalAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default) =>
            inner.EditOriginalAsync(interaction, message, cancellationToken);

        public TimeSpan GetFollowupDelay(Interaction interaction) => inner.GetFollowupDelay(interaction);
    }
}
