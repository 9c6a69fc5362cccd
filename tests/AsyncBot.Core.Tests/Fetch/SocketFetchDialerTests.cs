using System.Net;
using System.Text;
using AsyncBot.Core.Fetch;
using AsyncBot.Core.Tests.Fetch.Support;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class SocketFetchDialerTests
{
    [Fact]
    public async Task ConnectAsync_LoopbackServer_ReturnsAConnectedStream()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);

        await using var stream = await new SocketFetchDialer().ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port));
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n"));
        using var reader = new StreamReader(stream);

        Assert.Equal("HTTP/1.1 200 OK", await reader.ReadLineAsync());
    }
}
