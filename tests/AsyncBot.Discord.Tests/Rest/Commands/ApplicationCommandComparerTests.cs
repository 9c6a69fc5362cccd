using System.Text.Json;
using AsyncBot.Discord.Rest.Commands;
using AsyncBot.Discord.Rest.Json;

namespace AsyncBot.Discord.Tests.Rest.Commands;

/// <summary>Deciding whether registration is needed, against Discord's own answer (<c>commands-bulk-response.json</c>).</summary>
public sealed class ApplicationCommandComparerTests
{
    private static IReadOnlyList<ApplicationCommand> Registered() =>
        JsonSerializer.Deserialize(RestFixtures.Text("commands-bulk-response.json"), DiscordRestJsonContext.Default.ListApplicationCommandBody)!
            .Select(ApplicationCommandMapper.FromBody)
            .ToList();

    [Fact]
    public void AreEquivalent_DiscordsAnswerToTheSameCommands_IsTrue()
    {
        var registered = Registered();

        Assert.Equal("1378704634675204096", registered[0].Id);
        Assert.True(ApplicationCommandComparer.AreEquivalent(AsyncBotCommands.All, registered));
    }

    [Fact]
    public void AreEquivalent_CommandOrderDiffers_IsTrue()
    {
        Assert.True(ApplicationCommandComparer.AreEquivalent(AsyncBotCommands.All.Reverse(), Registered()));
    }

    [Fact]
    public void AreEquivalent_DescriptionChanged_IsFalse()
    {
        var wanted = AsyncBotCommands.All.Select(c => c.Name == "help" ? c with { Description = "Help!" } : c);

        Assert.False(ApplicationCommandComparer.AreEquivalent(wanted, Registered()));
    }

    [Fact]
    public void AreEquivalent_OptionOrderChanged_IsFalse()
    {
        var wanted = AsyncBotCommands.All.Select(c => c.Name == "race" ? c with { Options = c.Options.Reverse().ToList() } : c);

        Assert.False(ApplicationCommandComparer.AreEquivalent(wanted, Registered()));
    }

    [Fact]
    public void AreEquivalent_CommandMissingOrExtra_IsFalse()
    {
        Assert.False(ApplicationCommandComparer.AreEquivalent(AsyncBotCommands.All.Take(2), Registered()));
        Assert.False(ApplicationCommandComparer.AreEquivalent(
            [.. AsyncBotCommands.All, new ApplicationCommandDefinition("ping", "pong")], Registered()));
    }

    [Fact]
    public void AreEquivalent_DefaultsSpelledOutOrLeftOut_IsTrue()
    {
        var implicitDefaults = new ApplicationCommandDefinition("help", "h");
        var explicitDefaults = new ApplicationCommand("1", "2", "3", null, 1, new ApplicationCommandDefinition("help", "h")
        {
            IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
            Contexts = [InteractionContextType.PrivateChannel, InteractionContextType.Guild, InteractionContextType.BotDm],
        });

        Assert.True(ApplicationCommandComparer.AreEquivalent([implicitDefaults], [explicitDefaults]));
    }

    [Fact]
    public void AreEquivalent_NumericChoicesWrittenDifferently_IsTrue()
    {
        static ApplicationCommandDefinition With(string value) => new("count", "c")
        {
            Options = [new(ApplicationCommandOptionType.Integer, "n", "n") { Choices = [new("two", value)] }],
        };

        var registered = new ApplicationCommand("1", "2", "3", null, 1, With("2.0"));

        Assert.True(ApplicationCommandComparer.AreEquivalent([With("2")], [registered]));
    }

    [Fact]
    public void AreEquivalent_RegisteredUserCommand_IsFalse()
    {
        var userCommand = new ApplicationCommand("9", "2", "3", null, 2, new ApplicationCommandDefinition("Inspect", string.Empty));

        Assert.False(ApplicationCommandComparer.AreEquivalent(AsyncBotCommands.All, [.. Registered(), userCommand]));
    }
}
