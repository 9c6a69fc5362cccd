using AsyncBot.Playground.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AsyncBot.Tests.Playground.Api;

public sealed class RunApiAllowRemoteTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    public void ReadAllowRemote_UnsetOrABoolean_ReadsIt(string? value, bool expected)
    {
        Assert.Equal(expected, RunApiEndpoints.ReadAllowRemote(Configuration(value)));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("ture")]
    public void ReadAllowRemote_NotABoolean_StopsTheStartNamingTheKeyAndTheValue(string value)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => RunApiEndpoints.ReadAllowRemote(Configuration(value)));

        Assert.Contains($"Playground:AllowRemote must be true or false, not '{value}'.", ex.Failures);
    }

    private static IConfiguration Configuration(string? value) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Playground:AllowRemote"] = value })
        .Build();
}
