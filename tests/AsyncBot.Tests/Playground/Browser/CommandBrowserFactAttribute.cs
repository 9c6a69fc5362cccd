using AsyncBot.Commands;
using AsyncBot.Discord.Interactions;
using AsyncBot.Playground;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Tests.Playground.Browser;

/// <summary>
/// A browser test of a real slash command (<c>/race</c>): skips while the playground has no handler for it yet, and
/// runs by itself once one is registered. If the handlers cannot even be built (a missing engine registration), it
/// runs and fails, so a broken composition never hides behind a skip.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CommandBrowserFactAttribute : FactAttribute
{
    public CommandBrowserFactAttribute(string command)
    {
        if (Chromium.ExecutablePath is null)
        {
            Skip = Chromium.SkipReason;
        }
        else if (HandlerMissing(command))
        {
            Skip = $"No /{command} handler is registered in AddAsyncBotCommands yet";
        }
    }

    private static bool HandlerMissing(string command)
    {
        try
        {
            using var services = PlaygroundHost.CreateBuilder().Services.BuildServiceProvider();
            var probe = new Interaction("1", "1", InteractionType.ApplicationCommand, "probe", new InteractionUser("1", "probe"), Command: new CommandInvocation(command, []));
            return !services.GetServices<IInteractionHandler>().Any(h => h.CanHandle(probe));
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
