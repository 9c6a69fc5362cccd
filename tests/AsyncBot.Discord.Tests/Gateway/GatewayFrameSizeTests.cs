using System.Text;
using AsyncBot.Discord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayFrameSizeTests
{
    [Fact]
    public void EnsureWithinLimit_4096Bytes_Passes() =>
        GatewayFrameSize.EnsureWithinLimit(new byte[4096], 2);

    [Fact]
    public void EnsureWithinLimit_4097Bytes_ThrowsWithoutTheContent()
    {
        var secret = "secret-" + new string('x', 4090);

        var ex = Assert.Throws<InvalidOperationException>(() => GatewayFrameSize.EnsureWithinLimit(Encoding.UTF8.GetBytes(secret), 2));

        Assert.Contains("4097 bytes", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }
}
