#!/usr/bin/env python3
"""A TCP load balancer for the multi-server tests: each new connection goes to the next backend in turn (no sticky
sessions), and to the one after it when a backend refuses the connection (a killed server), as a reverse proxy with
passive health checks would. Prints its port on stdout, and one line per connection on stderr ("conn N -> PORT").

Usage: round-robin-proxy.py PORT [PORT ...]   (backends on 127.0.0.1)
"""
import asyncio
import itertools
import sys

BACKENDS = [int(port) for port in sys.argv[1:]]
COUNTER = itertools.count()


async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        try:
            writer.close()
        except (ConnectionError, OSError):
            pass


async def handle(client_reader, client_writer):
    number = next(COUNTER)
    for attempt in range(len(BACKENDS)):
        port = BACKENDS[(number + attempt) % len(BACKENDS)]
        try:
            backend_reader, backend_writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            continue
        print(f"conn {number} -> {port}", file=sys.stderr, flush=True)
        await asyncio.gather(pipe(client_reader, backend_writer), pipe(backend_reader, client_writer))
        return
    print(f"conn {number} -> none", file=sys.stderr, flush=True)
    client_writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
