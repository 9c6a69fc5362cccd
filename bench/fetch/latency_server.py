#!/usr/bin/env python3
"""A local HTTP server whose every answer takes --latency-ms: the stand-in for the tutorial's remote JSON API.

Listens on 127.0.0.1, port 0 (a free one), prints {"port": N} on the first line of stdout, and serves until killed.
Built on asyncio streams (one event loop, no thread per connection), so 50 requests arriving together all wait
their 200 ms side by side and the server adds next to nothing to the floor; the listen backlog is large enough that
no simultaneous connect is ever dropped. It speaks just enough HTTP/1.1 for GETs on a kept-alive connection (as a
real API server does, so warm clients reuse their connections): read a request head, wait, answer with a fixed
JSON body, repeat until the client closes.
"""
import argparse
import asyncio
import json

BODY = json.dumps({
    "userId": 1,
    "id": 1,
    "title": "sunt aut facere repellat provident occaecati excepturi optio reprehenderit",
    "body": "quia et suscipit suscipit recusandae consequuntur expedita et cum reprehenderit molestiae ut ut quas totam",
}).encode("utf-8")
HEAD = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
        b"Content-Length: " + str(len(BODY)).encode("ascii") + b"\r\nConnection: keep-alive\r\n\r\n")


async def serve(latency_s):
    async def answer(reader, writer):
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                await asyncio.sleep(latency_s)
                writer.write(HEAD + BODY)
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, backlog=1024)
    print(json.dumps({"port": server.sockets[0].getsockname()[1]}), flush=True)
    async with server:
        await server.serve_forever()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency-ms", type=float, default=200)
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.latency_ms / 1000))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
