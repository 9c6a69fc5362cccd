using AsyncBot.Cli;

namespace AsyncBot.Tests.Cli;

/// <summary>An argument starting with '@' is text, not the name of a response file to expand.</summary>
public class ResponseFileTests
{
    [Fact]
    public async Task Race_TasksStartingWithAt_IsATaskListError()
    {
        var stderr = new StringWriter();

        var exit = await AsyncBotCli.RunAsync(["race", "--tasks", "@x"], new StringWriter(), stderr);

        Assert.Equal(ExitCodes.BadArguments, exit);
        Assert.DoesNotContain("esponse file", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("@x", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_UrlStartingWithAt_IsTreatedAsAUrl()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await AsyncBotCli.RunAsync(["fetch", "--url", "@everyone"], stdout, stderr);

        Assert.Equal(ExitCodes.BadArguments, exit);
        Assert.DoesNotContain("esponse file", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("cannot fetch @everyone: not an absolute", stderr.ToString(), StringComparison.Ordinal);
    }
}
