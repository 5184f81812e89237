"""SPARQL servers the tests start themselves on 127.0.0.1, each with its own empty
database folder, and stop afterwards: Oxigraph (``pip install oxigraph``, in the test
extras) and Virtuoso 7 (Debian's ``virtuoso-opensource-7-bin``, which ``.ci/run``
installs). A test skips, saying why, where a server cannot be had."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

VIRTUOSO_PASSWORD = "dba"  # the password of a new Virtuoso database's dba account


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def give_up(why: str, skip: bool = True) -> None:
    """Skip the test (or raise RuntimeError outside the tests: the benchmark)."""
    if not skip:
        raise RuntimeError(why)
    import pytest

    pytest.skip(why)


@contextmanager
def _running(
    command: list[str], url: str, name: str, cwd: Path | None = None, skip: bool = True
) -> Iterator[None]:
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=cwd)
    try:
        deadline = time.monotonic() + 120
        while not _answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                give_up(f"{name} did not start: {log.read(800).decode(errors='replace')}", skip)
            time.sleep(0.2)
        yield
    finally:
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@contextmanager
def oxigraph_server(location: Path | None = None, *, skip: bool = True) -> Iterator[str]:
    """A real `oxigraph serve` on a free port; skips when the binary is missing or fails."""
    binary = shutil.which("oxigraph", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    if binary is None:
        give_up(
            "the oxigraph server binary is not installed (pip install oxigraph, in the test extras)", skip
        )
    port = free_port()
    command = [binary, "serve", "--bind", f"127.0.0.1:{port}"]
    command += ["--location", str(location)] if location else []
    url = f"http://127.0.0.1:{port}"
    with _running(command, f"{url}/query", "oxigraph serve", skip=skip):
        yield url


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
DirsAllowed = ., {dir}
CheckpointInterval = 60
MaxQueryMem = 2G

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
MaxClientConnections = 8
ServerThreads = 8

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


@contextmanager
def virtuoso_server(
    folder: Path, *, max_rows: int = 10_000, buffers: int = 170_000, skip: bool = True
) -> Iterator[str]:
    """Virtuoso 7 on free ports with a new database in ``folder``; yields the URL of its
    /sparql-auth endpoint with the dba account's credentials. ``max_rows`` is its
    ResultSetMaxRows (10,000 as in Debian's virtuoso.ini). Skips when virtuoso-t is not
    installed (or raises RuntimeError when ``skip`` is false: the benchmark)."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        give_up(
            "Virtuoso is not installed (Debian: apt-get install virtuoso-opensource-7-bin; .ci/run does)",
            skip,
        )
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = VIRTUOSO_INI.format(
        dir=folder,
        sql_port=sql_port,
        http_port=http_port,
        max_rows=max_rows,
        buffers=buffers,
        dirty=buffers * 3 // 4,
    )
    (folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
    url = f"http://127.0.0.1:{http_port}"
    command = [binary, "-c", str(folder / "virtuoso.ini"), "+foreground"]
    with _running(command, f"{url}/sparql", "Virtuoso", cwd=folder, skip=skip):
        yield f"http://dba:{VIRTUOSO_PASSWORD}@127.0.0.1:{http_port}/sparql-auth"


class FaultyProxy:
    """A proxy on 127.0.0.1 in front of a server that forwards the first ``good`` writes
    (updates, Graph Store requests) and then fails every request in one way: ``refuse``
    (HTTP 503), ``drop`` (closes the connection), ``garbage`` (bytes that are not HTTP),
    ``silent`` (never answers), ``garbled`` (answers queries with a broken body) or
    ``partial`` (answers queries the way Virtuoso answers one stopped by its time limit:
    HTTP 206, ``X-SQL-State: S1TAT``)."""

    def __init__(self, upstream: str, mode: str, good: int) -> None:
        import threading
        from urllib.parse import urlsplit

        parts = urlsplit(upstream)
        self.upstream, self.mode, self.good, self.writes = f"{parts.hostname}:{parts.port}", mode, good, 0
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.stopped = False
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, upstream_url: str) -> str:
        return upstream_url.replace(self.upstream, f"127.0.0.1:{self.port}")

    def close(self) -> None:
        self.stopped = True
        self.listener.close()

    def _serve(self) -> None:
        import threading

        while not self.stopped:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        import http.client

        with client:
            client.settimeout(30)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = client.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
            length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), "0"))
            while len(body) < length:
                body += client.recv(65536)
            write = method in ("PUT", "DELETE") or body.startswith(b"update=") or b"n-quads" in head
            write = write or b"sparql-update" in head.lower()
            if write:
                self.writes += 1
            reading = self.mode in ("garbled", "partial") and not write
            failing = (write and self.writes > self.good) or reading
            if failing and self.mode == "refuse":
                client.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 4\r\nConnection: close\r\n\r\ndown"
                )
                return
            if failing and self.mode == "drop":
                return
            if failing and self.mode == "garbage":
                client.sendall(b"\x00\x01 this is not HTTP \xff\r\n\r\n")
                return
            if failing and self.mode == "silent":
                time.sleep(10)
                return
            upstream = http.client.HTTPConnection(self.upstream, timeout=600)
            keep = {k: v for k, v in headers.items() if k.lower() not in ("host", "connection")}
            upstream.request(method, path, body=body, headers=keep)
            answer = upstream.getresponse()
            content = answer.read()
            status, reason = answer.status, answer.reason
            if failing and self.mode == "garbled":  # a results document cut in the middle
                content = content[: len(content) // 2]
            extra = []
            if failing and self.mode == "partial" and b"ASK" not in body.upper()[:200]:
                status, reason, extra = 206, "Partial", ["X-SQL-State: S1TAT"]
            reply = [f"HTTP/1.1 {status} {reason}", *extra]
            reply += [
                f"{k}: {v}"
                for k, v in answer.getheaders()
                if k.lower() not in ("connection", "content-length", "transfer-encoding")
            ]
            reply += [f"Content-Length: {len(content)}", "Connection: close"]
            client.sendall(("\r\n".join(reply) + "\r\n\r\n").encode("latin-1") + content)
            upstream.close()
