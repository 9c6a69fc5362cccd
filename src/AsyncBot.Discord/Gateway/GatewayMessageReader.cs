using System.Buffers;
using System.Net.WebSockets;

namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Reassembles WebSocket fragments into whole gateway messages in one reused buffer (READY can span many
/// fragments). A message past <see cref="MaxMessageBytes"/> is read to its end but not kept.
/// </summary>
internal sealed class GatewayMessageReader(WebSocket socket)
{
    /// <summary>A READY for a bot with thousands of guilds is a few hundred kilobytes; anything past this is not Discord.</summary>
    public const int MaxMessageBytes = 8 * 1024 * 1024;

    private const int ChunkBytes = 16 * 1024;

    private readonly ArrayBufferWriter<byte> _buffer = new(ChunkBytes);

    /// <summary>The last message read; valid until the next <see cref="ReadAsync"/>.</summary>
    public ReadOnlyMemory<byte> Message => _buffer.WrittenMemory;

    /// <summary>Reads one whole message; <see cref="WebSocketMessageType.Close"/> when the other side closed.</summary>
    public async Task<(WebSocketMessageType Type, bool TooLarge)> ReadAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        var tooLarge = false;
        while (true)
        {
            var result = await socket.ReceiveAsync(_buffer.GetMemory(ChunkBytes), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (WebSocketMessageType.Close, false);
            }

            _buffer.Advance(result.Count);
            if (_buffer.WrittenCount > MaxMessageBytes)
            {
                tooLarge = true;
                _buffer.ResetWrittenCount();
            }

            if (result.EndOfMessage)
            {
                return (result.MessageType, tooLarge);
            }
        }
    }
}
