using System.Text;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;

namespace AsyncBot.Discord.Tests.Rest;

public sealed class RestContentTests
{
    [Fact]
    public async Task Multipart_HasTheFixturesLayout()
    {
        var content = RestContent.Multipart("{\"content\":\"x\"}"u8.ToArray(), [new FileAttachment("timeline.png", "image/png", new byte[] { 1, 2 })]);

        var boundary = content.Headers.ContentType!.Parameters.Single().Value!;
        var text = Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync());

        Assert.StartsWith("multipart/form-data; boundary=AsyncBotFormBoundary", content.Headers.ContentType.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"", boundary, StringComparison.Ordinal);
        Assert.Contains($"--{boundary}\r\nContent-Disposition: form-data; name=\"payload_json\"\r\nContent-Type: application/json\r\n\r\n{{\"content\":\"x\"}}\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"--{boundary}\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"timeline.png\"\r\nContent-Type: image/png\r\n\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith($"--{boundary}--\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_IsPlainApplicationJson()
    {
        Assert.Equal("application/json", RestContent.Json("{}"u8.ToArray()).Headers.ContentType!.ToString());
    }
}
