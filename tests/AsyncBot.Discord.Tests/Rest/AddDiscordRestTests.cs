using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using AsyncBot.Discord.Rest.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AsyncBot.Discord.Tests.Rest;

public sealed class AddDiscordRestTests
{
    [Fact]
    public void AddDiscordRest_ConfiguresTheNamedClientFromDiscordOptions()
    {
        using var services = new ServiceCollection()
            .Configure<DiscordOptions>(o => o.ApiBaseUrl = new Uri("http://127.0.0.1:5999/api/v10"))
            .AddDiscordRest(o => o.UserAgentVersion = "2.3.4")
            .BuildServiceProvider();

        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName);

        Assert.Equal(new Uri("http://127.0.0.1:5999/api/v10/"), client.BaseAddress);
        Assert.Equal("DiscordBot (https://github.com/asyncbot/asyncbot, 2.3.4)", client.DefaultRequestHeaders.UserAgent.ToString());
        Assert.Null(client.DefaultRequestHeaders.Authorization);
        Assert.IsType<InteractionResponder>(services.GetRequiredService<IInteractionResponder>());
        Assert.IsType<ApplicationCommandClient>(services.GetRequiredService<IApplicationCommandClient>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddDiscordRest_KeepsRegistrationsMadeBefore()
    {
        var responder = new Moq.Mock<IInteractionResponder>().Object;
        using var services = new ServiceCollection().AddSingleton(responder).AddDiscordRest().BuildServiceProvider();

        Assert.Same(responder, services.GetRequiredService<IInteractionResponder>());
    }

    [Fact]
    public void AddDiscordRest_InvalidOptions_FailNamingTheKey()
    {
        using var services = new ServiceCollection().AddDiscordRest(o => o.MaxServerErrorRetries = 50).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordRestOptions>>().Value);

        Assert.Contains("Discord:Rest:MaxServerErrorRetries", error.Message, StringComparison.Ordinal);
    }
}
