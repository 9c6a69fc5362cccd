using AsyncBot.HttpInteractions;

namespace AsyncBot.Tests.HttpInteractions;

public class HttpEndpointOptionsValidatorTests
{
    private readonly HttpEndpointOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(_validator.Validate(null, new HttpEndpointOptions()).Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://0.0.0.0:8443")]
    [InlineData("not a url")]
    public void Validate_BadUrls_NameTheKey(string urls)
    {
        var result = _validator.Validate(null, new HttpEndpointOptions { Urls = urls });

        Assert.True(result.Failed);
        Assert.Contains("Http:Urls", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(3000)]
    public void Validate_DeferAfterOutsideDiscordsWindow_NamesTheKey(int milliseconds)
    {
        var result = _validator.Validate(null, new HttpEndpointOptions { DeferAfterMilliseconds = milliseconds });

        Assert.Contains("Http:DeferAfterMilliseconds", result.FailureMessage, StringComparison.Ordinal);
    }
}
