using System.Text;
using AsyncBot.Discord.Interactions;
using AsyncBot.Playground.Chat;

namespace AsyncBot.Playground.Interactions;

/// <summary>
/// Turns what a visitor does on the page — a typed command, a button click — into an <see cref="Interaction"/> like
/// the gateway's, with a fresh id and token, and queues it for the dispatcher. From there on nothing knows it came
/// from the playground.
/// </summary>
internal sealed class InteractionIssuer
{
    private readonly PlaygroundInteractionSource _source;
    private readonly InteractionTokens _tokens;
    private readonly Snowflakes _snowflakes;
    private readonly PlaygroundChannel _channel;
    private readonly PlaygroundCommands _commands;

    public InteractionIssuer(PlaygroundInteractionSource source, InteractionTokens tokens, Snowflakes snowflakes, PlaygroundChannel channel, PlaygroundCommands commands)
    {
        _source = source;
        _tokens = tokens;
        _snowflakes = snowflakes;
        _channel = channel;
        _commands = commands;
    }

    /// <summary>Issues a slash command; returns null, or what to fix when Discord's client would refuse the text.</summary>
    public async Task<string?> CommandAsync(PlaygroundVisitor visitor, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        var command = SlashCommandParser.Parse(text, _commands.All, out var error);
        if (command is null)
        {
            return error;
        }

        await IssueAsync(visitor, InteractionType.ApplicationCommand, command.Name, command, component: null, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Issues a button click; returns null, or why nothing happened. Like Discord's client, only an enabled button on
    /// a bot message the visitor can see can be clicked.
    /// </summary>
    public async Task<string?> ClickAsync(PlaygroundVisitor visitor, string messageId, string customId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        var message = _channel.Find(messageId);
        var button = message is { Author.Bot: true } && message.IsVisibleTo(visitor.UserId)
            ? message.Components.SelectMany(r => r.Buttons).FirstOrDefault(b => string.Equals(b.CustomId, customId, StringComparison.Ordinal))
            : null;
        if (button is null || button.Disabled)
        {
            return "That button is no longer there.";
        }

        var component = new ComponentInvocation(customId, ComponentType: 2, messageId);
        await IssueAsync(visitor, InteractionType.MessageComponent, button.Label, command: null, component, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task IssueAsync(PlaygroundVisitor visitor, InteractionType type, string invocationName, CommandInvocation? command, ComponentInvocation? component, CancellationToken cancellationToken)
    {
        var interaction = new Interaction(
            _snowflakes.Next(),
            PlaygroundIds.ApplicationId,
            type,
            InteractionTokens.NewToken(),
            new InteractionUser(visitor.UserId, Username(visitor.Name), visitor.Name),
            PlaygroundIds.GuildId,
            PlaygroundIds.ChannelId,
            command,
            component,
            Locale: "en-US");
        _tokens.Add(interaction, invocationName);
        await _source.SubmitAsync(interaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A Discord-style username (lowercase letters, digits, <c>_</c> and <c>.</c>) from the display name.</summary>
    internal static string Username(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.')
            {
                builder.Append(c);
            }
        }

        return builder.Length >= 2 ? builder.ToString() : "visitor" + builder;
    }
}
