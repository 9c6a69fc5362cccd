using AsyncBot.Commands;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.Commands;
using AsyncBot.Runs;
using Microsoft.Extensions.Logging.Abstractions;

namespace AsyncBot.Tests.Playground.Support;

/// <summary>
/// A stand-in slash command for playground tests that must not wait for <c>/race</c>: it goes through the real
/// run registry, Cancel button handler and <see cref="RunOutbox"/>. <c>/demo text:… ticks:N interval:MS png:yes</c>
/// replies with the text and a Cancel button, posts <c>Tick i of text</c> every interval, then a closing line,
/// and greys the button out (attaching a PNG timeline when asked).
/// </summary>
internal sealed class DemoCommandHandler : IInteractionHandler
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly IRunRegistry _registry;
    private readonly IInteractionResponder _responder;
    private readonly TimeProvider _timeProvider;

    public DemoCommandHandler(IRunRegistry registry, IInteractionResponder responder, TimeProvider timeProvider)
    {
        _registry = registry;
        _responder = responder;
        _timeProvider = timeProvider;
    }

    public static ApplicationCommandDefinition Definition { get; } = new("demo", "A test command")
    {
        Options =
        [
            new(ApplicationCommandOptionType.String, "text", "Echoed back"),
            new(ApplicationCommandOptionType.String, "ticks", "How many lines"),
            new(ApplicationCommandOptionType.String, "interval", "Milliseconds between lines"),
            new(ApplicationCommandOptionType.String, "png", "Attach a timeline") { Choices = [new("yes", "yes")] },
        ],
    };

    public bool CanHandle(Interaction interaction) => interaction.Command?.Name == "demo";

    public async Task HandleAsync(Interaction interaction, CancellationToken shutdown)
    {
        var command = interaction.Command!;
        var text = command.GetString("text") ?? "hello";
        var ticks = int.Parse(command.GetString("ticks") ?? "3");
        var interval = TimeSpan.FromMilliseconds(int.Parse(command.GetString("interval") ?? "150"));
        var admission = await _registry.TryStartAsync(interaction.Id, interaction.User.Id, shutdown);
        if (admission.Run is not { } run)
        {
            await _responder.RespondAsync(interaction, Replies.Ephemeral("Not now: " + admission.Refusal), shutdown);
            return;
        }

        await using (run)
        {
            await _responder.RespondAsync(interaction, new InteractionResponse(
                InteractionCallbackType.ChannelMessageWithSource,
                new MessageContent($"Demo by {interaction.User.DisplayName}: {text}", Replies.CancelRow(run.Id))), shutdown);
            await using var outbox = new RunOutbox(interaction, _responder, _timeProvider, NullLogger.Instance);
            var cancelled = false;
            try
            {
                for (var i = 1; i <= ticks; i++)
                {
                    await Task.Delay(interval, _timeProvider, run.CancellationToken);
                    outbox.Post($"Tick {i} of {text}");
                }
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
            }

            outbox.PostStandalone(cancelled ? $"Demo {text} cancelled" : $"Demo {text} finished");
            await outbox.CompleteAsync(shutdown);
            var png = command.GetString("png") == "yes";
            await _responder.EditOriginalAsync(interaction, new MessageContent(
                Components: Replies.CancelRow(run.Id, disabled: true),
                Embeds: png ? [new Embed("Timeline", ImageUrl: "attachment://timeline.png")] : null,
                Attachments: png ? [new FileAttachment("timeline.png", "image/png", Png, "Timeline")] : null), shutdown);
        }
    }
}
