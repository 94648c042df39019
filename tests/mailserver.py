"""A real SMTP server on the loopback address for the outbox tests (aiosmtpd), with TLS from a
test certificate authority (trustme) and an in-memory credential store for keyring.

Import the fixtures into a test module: ``from tests.mailserver import mail_server, ...``.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import keyring
import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

USER = "xa.hoangdong@example.org"
PASSWORD = "Mật-khẩu-bí-mật-7f3a"  # noqa: S105 - the test's own password, searched for in logs


# Ports handed out by ``free_port``, each held by a bound socket that is not listening.
_reserved: dict[int, socket.socket] = {}
atexit.register(lambda: [sock.close() for sock in _reserved.values()])


def free_port() -> int:
    """A loopback port that stays this test's until a server starts on it.

    Binding a port, closing it and binding it again later races with every other process
    on the machine. Instead the port stays bound to a socket that does not listen: a client
    that connects is refused, exactly as by a server that is down, and no other process
    can take the port meanwhile. ``MailServer.start`` listens on that very socket.
    """
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    _reserved[port] = sock
    return port


def _reserve_again(port: int) -> None:
    """After a server on ``port`` stops, hold the port again (same as ``free_port``)."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError:
        sock.close()
        return
    _reserved[port] = sock


class _ReservedPortController(Controller):
    """aiosmtpd's controller, listening on the socket that ``free_port`` reserved."""

    def _create_server(self) -> Any:
        sock = _reserved.pop(self.port)
        sock.listen()
        return self.loop.create_server(self._factory_invoker, sock=sock,
                                       ssl=self.ssl_context)


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    raw: bytes


@dataclass
class Handler:
    """Records every message; can delay the reply to DATA or answer with an error."""

    received: list[Received] = field(default_factory=list)
    data_started: threading.Event = field(default_factory=threading.Event)
    delay: float = 0.0
    # When set, the reply to DATA waits until the test opens this gate (at most 30 s).
    gate: threading.Event | None = None
    reply: str = "250 Message accepted"
    refuse: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = bytes(envelope.content)
        message = BytesParser(policy=policy.default).parsebytes(raw)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      message, raw))  # type: ignore[arg-type]
        self.data_started.set()
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.gate is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.gate.wait, 30)
        return self.reply


class MailServer:
    """One aiosmtpd server; ``start()``/``stop()`` may be called repeatedly on one port."""

    def __init__(self, *, port: int | None = None, tls: str = "none",
                 server_context: ssl.SSLContext | None = None, auth: bool = False,
                 user: str = USER, password: str = PASSWORD) -> None:
        self.port = port or free_port()
        self.tls = tls  # none | starttls | ssl
        self.server_context = server_context
        self.auth = auth
        self.user = user
        self.password = password
        self.handler = Handler()
        self.controller: Controller | None = None
        self.logins: list[bool] = []

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str,
                      auth_data: Any) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == self.user
              and auth_data.password.decode() == self.password)
        self.logins.append(ok)
        return AuthResult(success=ok, handled=False)

    def start(self) -> MailServer:
        kwargs: dict[str, Any] = {"hostname": "127.0.0.1", "port": self.port,
                                  "server_hostname": "localhost", "ready_timeout": 5.0}
        if self.auth:
            kwargs["authenticator"] = self._authenticate
            # aiosmtpd only counts STARTTLS as "TLS" for AUTH; implicit TLS is TLS too.
            kwargs["auth_require_tls"] = self.tls == "starttls"
        if self.tls == "starttls":
            kwargs["tls_context"] = self.server_context
            kwargs["require_starttls"] = True
        elif self.tls == "ssl":
            kwargs["ssl_context"] = self.server_context
        if self.port not in _reserved:
            _reserve_again(self.port)
        self.controller = _ReservedPortController(self.handler, **kwargs)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
            _reserve_again(self.port)


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    return context


@pytest.fixture
def client_context(ca: trustme.CA) -> Callable[[], ssl.SSLContext]:
    """Trusts the test authority only (what the OS store does for a real server)."""
    def make() -> ssl.SSLContext:
        context = ssl.create_default_context()
        ca.configure_trust(context)
        return context
    return make


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def mail_server() -> Iterator[Callable[..., MailServer]]:
    """A factory: ``mail_server(tls="starttls", auth=True, server_context=...)``; all the
    servers it started are stopped afterwards."""
    started: list[MailServer] = []
    # aiosmtpd logs each session (including AUTH exchanges) at DEBUG: keep the server's own
    # chatter out of the captured logs, which the tests search for secrets from the app.
    logging.getLogger("mail.log").setLevel(logging.ERROR)

    def make(**kwargs: Any) -> MailServer:
        server = MailServer(**kwargs).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


class MemoryKeyring(KeyringBackend):
    """An in-memory credential store (tests and CI have no OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise PasswordDeleteError("not stored")
        del self.passwords[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
