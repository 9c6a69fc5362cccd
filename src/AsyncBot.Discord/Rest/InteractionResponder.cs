using System.Text.Json.Serialization.Metadata;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.Json;

namespace AsyncBot.Discord.Rest;

/// <summary>
/// <see cref="IInteractionResponder"/> over Discord's REST API: callbacks on their own lane, followups and
/// <c>@original</c> through the interaction token's bucket. Every message body carries
/// <c>allowed_mentions: {"parse": []}</c>; attachments go as multipart.
/// </summary>
public sealed class InteractionResponder(DiscordRestClient rest) : IInteractionResponder
{
    /// <inheritdoc />
    public async Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(response);
        var route = DiscordRoutes.InteractionCallback(interaction.Id, interaction.Token);
        var body = MessageBodyMapper.ToCallback(response);
        var files = body.Data is null ? null : response.Message?.Attachments;
        await SendAsync(route, body, DiscordRestJsonContext.Default.InteractionCallbackBody, files, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<string> FollowupAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(message);
        var route = DiscordRoutes.CreateFollowup(interaction.ApplicationId, interaction.Token);
        var response = await SendAsync(route, MessageBodyMapper.ToCreate(message), DiscordRestJsonContext.Default.MessageBody,
            message.Attachments, cancellationToken).ConfigureAwait(false);
        return response.Read(DiscordRestJsonContext.Default.MessageResponseBody).Id;
    }

    /// <inheritdoc />
    public Task EditOriginalAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return EditAsync(DiscordRoutes.OriginalMessage(HttpMethod.Patch, interaction.ApplicationId, interaction.Token), message, cancellationToken);
    }

    /// <summary>
    /// Tells the client that <paramref name="interaction"/> was just answered without it, as the HTTP response of an
    /// Interactions Endpoint. Discord may not know the token for a moment after that; a 404 10015 "Unknown Webhook" on
    /// a followup or edit within the next seconds is then retried instead of retiring the token.
    /// </summary>
    public void NoteAnsweredOverHttp(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        rest.NoteInteractionAnswered(interaction.Token);
    }

    /// <inheritdoc />
    public TimeSpan GetFollowupDelay(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return rest.GetRateLimitDelay(DiscordRoutes.CreateFollowup(interaction.ApplicationId, interaction.Token));
    }

    private Task<RestResponse> EditAsync(RestRoute route, MessageContent message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendAsync(route, MessageBodyMapper.ToEdit(message), DiscordRestJsonContext.Default.MessageBody, message.Attachments, cancellationToken);
    }

    private Task<RestResponse> SendAsync<T>(RestRoute route, T body, JsonTypeInfo<T> typeInfo, IReadOnlyList<FileAttachment>? files, CancellationToken cancellationToken) =>
        rest.SendAsync(RestRequest.JsonWithFiles(route, body, typeInfo, files), cancellationToken);
}
