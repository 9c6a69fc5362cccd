using AsyncBot.Options;

namespace AsyncBot.Tests.Options;

public class LimitsOptionsValidatorTests
{
    private readonly LimitsOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(_validator.Validate(null, new LimitsOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0, 50, "Limits:RunsPerUser")]
    [InlineData(2, 0, "Limits:RunsTotal")]
    [InlineData(5, 3, "Limits:RunsTotal")]
    public void Validate_BadValue_NamesTheKey(int perUser, int total, string key)
    {
        var result = _validator.Validate(null, new LimitsOptions { RunsPerUser = perUser, RunsTotal = total });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }
}
