using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>Scripted server actions and event pushes.</summary>
public sealed partial class FakeGateway
{
    /// <summary>
    /// Delivers an <c>INTERACTION_CREATE</c> with <paramref name="interaction"/> as <c>d</c> on the current session,
    /// waiting (up to 10 s) for a session if none exists yet. Missing <c>id</c>, <c>token</c> or
    /// <c>application_id</c> are filled in. While the client is disconnected the event waits in the session log
    /// and is replayed on Resume, as Discord does.
    /// </summary>
    public async Task<FakeInteraction> SendInteractionAsync(JsonObject interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        await WaitUntilAsync(g => g.Read(() => g._current is { Ended: false }), cancellationToken: cancellationToken).ConfigureAwait(false);
        var d = (JsonObject)interaction.DeepClone();
        var id = d["id"]?.GetValue<string>() ?? FakeSnowflakes.Next(Options.TimeProvider);
        d["id"] = id;
        d["token"] ??= FakeInteractions.TokenFor(id);
        d["application_id"] ??= Server.Options.ApplicationId;
        var session = Read(() => _current!);
        FakeInteraction? sent = null;

        // Recorded before the frame goes out: the bot may answer within milliseconds, and the REST fake must
        // already know the id and token by then.
        Dispatch(session, "INTERACTION_CREATE", d, sequence =>
        {
            sent = new FakeInteraction(
                id,
                d["token"]!.GetValue<string>(),
                d["application_id"]!.GetValue<string>(),
                d["type"]?.GetValue<int>() ?? 0,
                sequence,
                Options.TimeProvider.GetUtcNow(),
                d);
            RecordInteraction(sent);
        });
        return sent!;
    }

    /// <summary>Delivers a slash command in the fixture guild, e.g. <c>SendCommandAsync("race", ("tasks", "A:2"))</c>.</summary>
    public Task<FakeInteraction> SendCommandAsync(string name, params (string Name, object Value)[] options) =>
        SendInteractionAsync(WithApplication(FakeInteractions.SlashCommand(name, options)));

    /// <summary>Delivers a button click with <paramref name="customId"/>.</summary>
    public Task<FakeInteraction> SendButtonClickAsync(string customId, string? messageId = null, string? userId = null) =>
        SendInteractionAsync(WithApplication(FakeInteractions.ButtonClick(customId, messageId, userId)));

    /// <summary>Dispatches any event (op 0) on the current session and returns its <c>s</c>.</summary>
    public long SendDispatch(string eventName, JsonNode? data) =>
        Dispatch(Read(() => _current) ?? throw new InvalidOperationException("No session yet"), eventName, data);

    /// <summary>Sends op 7 Reconnect on the newest open connection.</summary>
    public void SendReconnect() => Latest().Send(FakeGatewayFrames.Reconnect());

    /// <summary>Sends op 9 Invalid Session on the newest open connection.</summary>
    public void SendInvalidSession(bool resumable) => Latest().Send(FakeGatewayFrames.InvalidSession(resumable));

    /// <summary>Sends op 1: the client must answer with a heartbeat at once.</summary>
    public void RequestHeartbeat() => Latest().Send(FakeGatewayFrames.HeartbeatRequest());

    /// <summary>Sends any text as a frame (for malformed-frame tests).</summary>
    public void SendRaw(string text) => Latest().Send(text);

    /// <summary>Closes the newest open connection with <paramref name="code"/> (after frames already queued).</summary>
    public void CloseConnection(int code, string reason = "closed by test") => Latest().Close(code, reason);

    /// <summary>Drops the newest open connection's TCP without a close frame.</summary>
    public void DropConnection() => Latest().Abort();

    /// <summary>Ends the current session, as if it timed out: a later Resume gets op 9 false.</summary>
    public void EndSession()
    {
        if (Read(() => _current) is { } session)
        {
            lock (session.Gate)
            {
                session.Ended = true;
            }
        }
    }

    private JsonObject WithApplication(JsonObject d)
    {
        d["application_id"] = Server.Options.ApplicationId;
        return d;
    }

    private FakeGatewayConnection Latest() =>
        Read(() => _connections.LastOrDefault(c => c.IsOpen)) ?? throw new InvalidOperationException("No open gateway connection");
}
