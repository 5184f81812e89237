"""HTTP for remote stores: kept-alive connections, Basic and Digest credentials, and
every failure turned into one StoreError line that says what to do.

One connection per host is kept open between requests: a new connection per request
(urllib's way) cost Virtuoso a TCP handshake and, behind Digest credentials, a second
round trip for the challenge on every report.

>>> Session("http://reader:s%40cret@example.org:8890/sparql").location
'http://example.org:8890/sparql'
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import threading
from base64 import b64encode
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

from .base import StoreError

_ADVICE = {
    401: "it needs credentials: put them in the URL (https://USER:PASSWORD@host/…)",
    403: "it does not allow this (read-only?): name a writable update endpoint as URL#update=…",
    404: "there is no SPARQL endpoint there: check the URL, or name the endpoints as URL#query=…&update=…",
}


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    reason: str
    headers: dict[str, str]  # names in lower case
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class Session:
    """Requests to one server (or a few), with the credentials of its URL.

    ``location`` is the URL without credentials: the only form messages show.
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        host = parts.netloc.rpartition("@")[2]
        self.location = urlunsplit(parts._replace(netloc=host))
        self._user = unquote(parts.username) if parts.username is not None else None
        self._password = unquote(parts.password or "")
        self.credentials = self._user is not None
        self._connections: dict[tuple[str, str], http.client.HTTPConnection] = {}
        self._challenge: dict[str, str] | None = None  # the server's last auth challenge
        self._count = 0  # Digest nonce count
        self._lock = threading.Lock()

    def request(
        self,
        method: str,
        url: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        *,
        timeout: float,
    ) -> Response:
        """Send one request and read the whole answer. Raises StoreError when the server
        cannot be reached, times out, drops the connection or answers something that is
        not HTTP; HTTP errors come back as responses (see :func:`refused`)."""
        headers = dict(headers or {})
        with self._lock:  # an ingest writes from a thread of its own (see ingest._Batch)
            response = self._send(method, url, body, headers, timeout)
            if response.status == 401 and self._user is not None:
                self._challenge = _parse_challenge(response.headers.get("www-authenticate", ""))
                response = self._send(method, url, body, headers, timeout)
        return response

    def _send(self, method: str, url: str, body: bytes, headers: dict[str, str], timeout: float) -> Response:
        parts = urlsplit(url)
        path = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        if self._challenge is not None:
            headers["Authorization"] = self._authorization(method, path)
        for attempt in (1, 2):
            connection = self._connection(parts.scheme, parts.netloc, timeout)
            try:
                connection.request(method, path, body=body, headers=headers)
                answer = connection.getresponse()
                data = answer.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as error:
                self._drop(parts.scheme, parts.netloc)
                if attempt == 1:  # a kept-alive connection the server had closed: once more
                    continue
                raise StoreError(
                    f"{url} dropped the connection ({error}); is the server still running?"
                ) from None
            except TimeoutError:
                self._drop(parts.scheme, parts.netloc)
                raise StoreError(
                    f"{url} did not answer within {timeout:g} s; wait longer with URL#timeout=SECONDS"
                ) from None
            except http.client.HTTPException as error:
                self._drop(parts.scheme, parts.netloc)
                raise StoreError(
                    f"{url} answered something that is not HTTP ({type(error).__name__})"
                ) from None
            except OSError as error:
                self._drop(parts.scheme, parts.netloc)
                raise StoreError(_unreachable(url, error)) from None
            if answer.getheader("connection", "").lower() == "close":
                self._drop(parts.scheme, parts.netloc)
            found = {name.lower(): value for name, value in answer.getheaders()}
            return Response(answer.status, answer.reason, found, data)
        raise AssertionError("unreachable")

    def _connection(self, scheme: str, netloc: str, timeout: float) -> http.client.HTTPConnection:
        key = (scheme, netloc.rpartition("@")[2])
        connection = self._connections.get(key)
        if connection is None:
            kind = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
            connection = kind(key[1], timeout=timeout)
            self._connections[key] = connection
        connection.timeout = timeout
        if connection.sock is not None:
            connection.sock.settimeout(timeout)
        return connection

    def _drop(self, scheme: str, netloc: str) -> None:
        connection = self._connections.pop((scheme, netloc.rpartition("@")[2]), None)
        if connection is not None:
            connection.close()

    def close(self) -> None:
        for connection in self._connections.values():
            connection.close()
        self._connections.clear()

    def _authorization(self, method: str, path: str) -> str:
        challenge = self._challenge or {}
        if challenge.get("scheme") != "digest":
            token = b64encode(f"{self._user}:{self._password}".encode()).decode()
            return f"Basic {token}"
        self._count += 1
        realm, nonce, qop = challenge.get("realm", ""), challenge.get("nonce", ""), challenge.get("qop", "")
        algorithm = challenge.get("algorithm", "MD5")
        digest = hashlib.sha256 if algorithm.upper().startswith("SHA-256") else hashlib.md5

        def h(text: str) -> str:
            return digest(text.encode()).hexdigest()

        ha1, ha2 = h(f"{self._user}:{realm}:{self._password}"), h(f"{method}:{path}")
        cnonce, nc = os.urandom(8).hex(), f"{self._count:08x}"
        fields = [f'username="{self._user}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{path}"']
        if "auth" in [q.strip() for q in qop.split(",")]:
            response = h(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
            fields += ["qop=auth", f"nc={nc}", f'cnonce="{cnonce}"']
        else:
            response = h(f"{ha1}:{nonce}:{ha2}")
        fields += [f'response="{response}"', f"algorithm={algorithm}"]
        if "opaque" in challenge:
            fields.append(f'opaque="{challenge["opaque"]}"')
        return "Digest " + ", ".join(fields)


def _parse_challenge(header: str) -> dict[str, str]:
    """A WWW-Authenticate header as {scheme, realm, nonce, …}; Digest preferred to Basic."""
    scheme = "digest" if "digest" in header.lower() else "basic"
    fields = dict(re.findall(r'(\w+)="?([^",]*)"?', header))
    return {"scheme": scheme, **{k.lower(): v for k, v in fields.items()}}


def refused(url: str, response: Response) -> str:
    """One line for an HTTP error: who answered what, and what to do."""
    text = response.body[:2000].decode("utf-8", "replace")
    text = re.sub(r"<[^>]+>", " ", text) if "html" in response.content_type else text
    detail = " ".join(text.split())[:240]
    code = response.status
    advice = _ADVICE.get(code, "the endpoint failed; see its log" if code >= 500 else "")
    message = f"{url} answered HTTP {code} {response.reason}"
    message += f" ({detail})" if detail else ""
    return message + (f"; {advice}" if advice else "")


def _unreachable(url: str, error: OSError) -> str:
    if isinstance(error, ConnectionRefusedError):
        return f"cannot reach {url}: connection refused; is the SPARQL server running there?"
    return f"cannot reach {url} ({error.strerror or error}); check the URL and the network"
