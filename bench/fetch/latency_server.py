#!/usr/bin/env python3
"""A local HTTP server whose every answer takes --latency-ms: the stand-in for the seed's remote JSON API.

Listens on 127.0.0.1, port 0 (a free one), prints {"port": N} on the first line of stdout, and serves until killed.
One thread per connection, and a listen backlog large enough that 50 simultaneous connects are never dropped (the
stdlib default of 5 would make the kernel retry SYNs after a second and ruin the timing).
"""
import argparse
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = json.dumps({
    "userId": 1,
    "id": 1,
    "title": "sunt aut facere repellat provident occaecati excepturi optio reprehenderit",
    "body": "quia et suscipit suscipit recusandae consequuntur expedita et cum reprehenderit molestiae ut ut quas totam",
}).encode("utf-8")


class LatencyServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024


def handler_for(latency_s):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's naming)
            time.sleep(latency_s)
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)

        def log_message(self, format, *args):  # noqa: A002 (the stdlib's signature)
            pass

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency-ms", type=float, default=200)
    args = parser.parse_args()
    server = LatencyServer(("127.0.0.1", 0), handler_for(args.latency_ms / 1000))
    print(json.dumps({"port": server.server_address[1]}), flush=True)
    try:
        server.serve_forever(poll_interval=0.05)
    except KeyboardInterrupt:
        pass
    sys.exit(0)


if __name__ == "__main__":
    main()
