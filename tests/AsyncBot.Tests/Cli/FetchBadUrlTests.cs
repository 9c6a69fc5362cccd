using AsyncBot.Cli;

namespace AsyncBot.Tests.Cli;

/// <summary>A console fetch of URLs refusable without the network stops before running, like any bad argument.</summary>
public class FetchBadUrlTests
{
    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://0x7f000001:9/")]
    [InlineData("http://[::ffff:127.0.0.1]:9/")]
    [InlineData("http://x.localhost./")]
    public async Task Fetch_EveryUrlRefusable_ExitsTwoWithOneLineAndRunsNothing(string url)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await AsyncBotCli.RunAsync(["fetch", "--url", url, "--url", "ftp://example.com/"], stdout, stderr);

        Assert.Equal(ExitCodes.BadArguments, exit);
        Assert.Equal(string.Empty, stdout.ToString());
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(url, line, StringComparison.Ordinal);
        Assert.Contains("ftp://example.com/", line, StringComparison.Ordinal);
    }
}
