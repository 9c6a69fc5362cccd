using AsyncBot.History;

namespace AsyncBot.Tests.History;

public class HistoryOptionsValidatorTests
{
    private static readonly HistoryOptionsValidator Validator = new();

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("postgres")]
    public void Validate_KnownProvider_Succeeds(string provider) =>
        Assert.True(Validator.Validate(null, new HistoryOptions { Provider = provider }).Succeeded);

    [Theory]
    [InlineData("MySql")]
    [InlineData("1")]
    public void Validate_UnknownProvider_NamesTheKey(string provider)
    {
        var result = Validator.Validate(null, new HistoryOptions { Provider = provider });

        Assert.Contains("History:Provider must be Sqlite or Postgres", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Validate_KeepDaysBelowOne_NamesTheKey(int days) =>
        Assert.Contains("History:KeepDays must be at least 1", Validator.Validate(null, new HistoryOptions { KeepDays = days }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_Disabled_IgnoresTheOtherKeys() =>
        Assert.True(Validator.Validate(null, new HistoryOptions { Enabled = false, Provider = "nope", KeepDays = 0 }).Succeeded);
}
