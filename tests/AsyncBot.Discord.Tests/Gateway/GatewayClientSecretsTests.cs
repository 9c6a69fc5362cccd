using AsyncBot.Discord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayClientSecretsTests
{
    [Fact]
    public async Task Token_NeverAppearsInLogsOrExceptions_AcrossIdentifyResumeAndFatalClose()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        var token = host.Server.Options.Token;
        await host.StartReadyAsync();
        await host.Gateway.SendCommandAsync("race", ("tasks", "A:1"));
        var interaction = await host.NextInteractionAsync();
        host.Gateway.SendRaw("{broken " + token);
        host.Gateway.SendReconnect();
        await host.WaitForReadyAsync(1, resumed: 1);

        host.Gateway.CloseConnection(4004);
        var ex = await Assert.ThrowsAsync<GatewayFatalException>(() => host.Run!.WaitAsync(TimeSpan.FromSeconds(10)));

        var everything = host.Logs.AllText();
        Assert.Contains("Gateway ready", everything, StringComparison.Ordinal);
        Assert.Contains("System.Net.Http.HttpClient", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], everything, StringComparison.Ordinal);
        Assert.DoesNotContain(interaction.Token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(token, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, interaction.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GatewayBotUnauthorized_LogsAndExceptionStayClean()
    {
        const string wrong = "MTIz.NDU2.wrong-token-but-well-shaped";
        await using var host = await GatewayTestHost.CreateAsync(discord: o => o.Token = wrong);

        host.StartClient();
        var ex = await Assert.ThrowsAsync<GatewayFatalException>(() => host.Run!.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.DoesNotContain("wrong-token", host.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token", ex.ToString(), StringComparison.Ordinal);
    }
}
