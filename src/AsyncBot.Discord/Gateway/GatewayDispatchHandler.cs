using System.Text.Json;
using System.Threading.Channels;
using AsyncBot.Discord.Gateway.Payloads;
using AsyncBot.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Handles op 0 dispatches by event name: READY, RESUMED and INTERACTION_CREATE; every other event is ignored
/// (its <c>s</c> was already recorded). Interactions are stamped with their arrival time and go to the unbounded
/// channel with <c>TryWrite</c>, which never waits, so the receive loop never waits on the bot's handlers.
/// </summary>
internal sealed class GatewayDispatchHandler(
    GatewaySessionState session,
    Channel<Interaction> interactions,
    RecentInteractionIds recent,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>The backlog is logged each time it grows past another multiple of this.</summary>
    internal const int BacklogLogStep = 256;

    /// <summary>Handles one dispatch.</summary>
    /// <param name="eventName">The <c>t</c> field.</param>
    /// <param name="data">The <c>d</c> field.</param>
    /// <param name="ready">Receives READY's data.</param>
    /// <exception cref="JsonException">The event's data has the wrong shape.</exception>
    public DispatchEffect Handle(string? eventName, JsonElement data, out ReadyInfo? ready)
    {
        ready = null;
        switch (eventName)
        {
            case "READY":
                ready = HandleReady(data);
                return DispatchEffect.Ready;
            case "RESUMED":
                return DispatchEffect.Resumed;
            case "INTERACTION_CREATE":
                Deliver(InteractionParser.Parse(data) with { ReceivedAt = time.GetUtcNow() });
                return DispatchEffect.None;
            default:
                return DispatchEffect.None;
        }
    }

    private ReadyInfo HandleReady(JsonElement data)
    {
        var payload = data.Deserialize(GatewayJsonContext.Default.ReadyData) ?? throw new JsonException("READY had no data");
        if (!Uri.TryCreate(payload.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl))
        {
            throw new JsonException("READY's resume_gateway_url is not an absolute URL");
        }

        // The bot user's id equals the application id; either field is enough if Discord ever drops one.
        var applicationId = payload.Application?.Id ?? payload.User?.Id ?? throw new JsonException("READY had no application id");
        session.Start(payload.SessionId, resumeUrl);
        return new ReadyInfo(applicationId, payload.User?.Id ?? applicationId, payload.SessionId);
    }

    private void Deliver(Interaction interaction)
    {
        if (!recent.TryAdd(interaction.Id))
        {
            logger.InteractionRepeated(interaction.Id);
            return;
        }

        logger.InteractionReceived(interaction.Id, interaction.Type);
        if (!interactions.Writer.TryWrite(interaction))
        {
            logger.InteractionAfterComplete(interaction.Id);
            return;
        }

        var waiting = interactions.Reader.Count;
        if (waiting >= BacklogLogStep && waiting % BacklogLogStep == 0)
        {
            logger.InteractionBacklog(waiting);
        }
    }
}
