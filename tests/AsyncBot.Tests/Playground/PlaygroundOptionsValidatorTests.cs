using AsyncBot.Playground;

namespace AsyncBot.Tests.Playground;

public class PlaygroundOptionsValidatorTests
{
    private readonly PlaygroundOptionsValidator _validator = new();

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:0")]
    [InlineData("http://127.0.0.1:5080;http://[::1]:5080")]
    public void Validate_LoopbackUrls_Succeeds(string urls)
    {
        Assert.True(_validator.Validate(null, new PlaygroundOptions { Urls = urls }).Succeeded);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://example.com:5080")]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081")]
    public void Validate_NonLoopbackWithoutAllowRemote_FailsNamingBothKeys(string urls)
    {
        var result = _validator.Validate(null, new PlaygroundOptions { Urls = urls });

        Assert.True(result.Failed);
        Assert.Contains("Playground:Urls", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Playground:AllowRemote=true", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    public void Validate_NonLoopbackWithAllowRemote_Succeeds(string urls)
    {
        Assert.True(_validator.Validate(null, new PlaygroundOptions { Urls = urls, AllowRemote = true }).Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ; ")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/path")]
    public void Validate_NotAnHttpAddress_FailsNamingTheKey(string urls)
    {
        var result = _validator.Validate(null, new PlaygroundOptions { Urls = urls });

        Assert.True(result.Failed);
        Assert.Contains("Playground:Urls", result.FailureMessage, StringComparison.Ordinal);
    }
}
