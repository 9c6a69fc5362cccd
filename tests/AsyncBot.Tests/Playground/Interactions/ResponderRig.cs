using AsyncBot.Discord.Interactions;
using AsyncBot.Playground;
using AsyncBot.Playground.Chat;
using AsyncBot.Playground.Interactions;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Playground.Interactions;

/// <summary>A playground responder over a real channel and token store, on a fake clock.</summary>
internal sealed class ResponderRig
{
    public const string Ada = "1111";
    public const string Bob = "2222";

    public ResponderRig(bool simulateRateLimit = false)
    {
        Snowflakes = new Snowflakes(Time);
        Tokens = new InteractionTokens(Time);
        Responder = new PlaygroundResponder(Channel, Tokens, Snowflakes, Time, Microsoft.Extensions.Options.Options.Create(new PlaygroundOptions { SimulateRateLimit = simulateRateLimit }));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public PlaygroundChannel Channel { get; } = new();

    public Snowflakes Snowflakes { get; }

    public InteractionTokens Tokens { get; }

    public PlaygroundResponder Responder { get; }

    public Interaction Command(string userId = Ada, string name = "race")
    {
        var interaction = new Interaction(Snowflakes.Next(), PlaygroundIds.ApplicationId, InteractionType.ApplicationCommand, InteractionTokens.NewToken(),
            new InteractionUser(userId, "user" + userId, "User " + userId), PlaygroundIds.GuildId, PlaygroundIds.ChannelId, new CommandInvocation(name, []));
        Tokens.Add(interaction, name);
        return interaction;
    }

    public Interaction Click(string messageId, string customId, string userId = Ada)
    {
        var interaction = new Interaction(Snowflakes.Next(), PlaygroundIds.ApplicationId, InteractionType.MessageComponent, InteractionTokens.NewToken(),
            new InteractionUser(userId, "user" + userId), PlaygroundIds.GuildId, PlaygroundIds.ChannelId, Component: new ComponentInvocation(customId, 2, messageId));
        Tokens.Add(interaction, "Cancel");
        return interaction;
    }

    public Task ReplyAsync(Interaction interaction, MessageContent message) =>
        Responder.RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, message));

    public PlaygroundMessage Original(Interaction interaction) =>
        Channel.Find(Tokens.Find(interaction.Token)!.OriginalMessageId!)!;

    /// <summary>Drains what a subscriber has been told so far.</summary>
    public static List<ChannelChange> Drain(ChannelSubscriber subscriber)
    {
        var changes = new List<ChannelChange>();
        while (subscriber.Changes.TryRead(out var change))
        {
            changes.Add(change);
        }

        return changes;
    }
}
