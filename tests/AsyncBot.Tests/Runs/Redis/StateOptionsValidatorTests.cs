using AsyncBot.Runs.Redis;

namespace AsyncBot.Tests.Runs.Redis;

public class StateOptionsValidatorTests
{
    private readonly StateOptionsValidator _validator = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_NoStore_SucceedsWhateverTheOtherKeys(string? redis)
    {
        var options = new StateOptions { Redis = redis, KeyPrefix = "", RenewSeconds = 0, LeaseSeconds = 0 };

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_Defaults_WithAStore_Succeed()
    {
        Assert.True(_validator.Validate(null, new StateOptions { Redis = "redis:6379,password=secret" }).Succeeded);
    }

    [Theory]
    [InlineData("127.0.0.1:6379,connectTimeout=soon", "State:Redis")]
    [InlineData("127.0.0.1:6379,noSuchKeyword=1", "State:Redis")]
    public void Validate_BadConnectionString_NamesTheKey(string redis, string key)
    {
        var result = _validator.Validate(null, new StateOptions { Redis = redis });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a{b", 5, 15, "State:KeyPrefix")]
    [InlineData("asyncbot", 0, 15, "State:RenewSeconds")]
    [InlineData("asyncbot", 5, 9, "State:LeaseSeconds")]
    [InlineData("asyncbot", 5, 14, "State:LeaseSeconds")]
    public void Validate_BadValue_NamesTheKey(string prefix, int renew, int lease, string key)
    {
        var options = new StateOptions { Redis = "127.0.0.1:6379", KeyPrefix = prefix, RenewSeconds = renew, LeaseSeconds = lease };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Validate_SweepOutsideOneSecondToTheLease_NamesTheKey(int sweep)
    {
        var options = new StateOptions { Redis = "127.0.0.1:6379", LeaseSeconds = 10, RenewSeconds = 3, SweepSeconds = sweep };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("State:SweepSeconds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TheDefaults_Pass()
    {
        Assert.True(_validator.Validate(null, new StateOptions { Redis = "127.0.0.1:6379" }).Succeeded);
    }
}
