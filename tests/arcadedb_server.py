"""Run an ArcadeDB server with its Bolt plugin on loopback, for the tests and benchmarks.

Usage: python tests/arcadedb_server.py ROOT_DIR BOLT_PORT HTTP_PORT PASSWORD

Prints "READY" when the Bolt listener accepts connections, then runs until stdin closes
(the parent process ends) or it is terminated.
"""

from __future__ import annotations

import socket
import sys
import time


def main() -> None:
    root, bolt_port, http_port, password = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    import arcadedb_embedded as arcadedb

    server = arcadedb.create_server(root_path=root, root_password=password, config={
        "host": "127.0.0.1",
        "http_port": http_port,
        "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "bolt_port": bolt_port,
    })
    server.start()
    server.create_database("clasgraph")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", bolt_port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    print("READY", flush=True)
    try:
        sys.stdin.read()  # returns when the parent closes our stdin or exits
    finally:
        server.stop()


if __name__ == "__main__":
    main()
