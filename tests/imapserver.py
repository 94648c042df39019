"""A real IMAP server (Dovecot) on the loopback address for the inbox tests.

Each server gets a throwaway configuration in a temporary folder: a passwd-file with the test
users, mail in Maildir folders under the same folder, one plain listener and one TLS listener
on free ports, a certificate from the tests' own authority (``ca`` in ``tests.mailserver``).
It runs in the foreground (``dovecot -F``) as a child of the test process and is stopped at
the end. Works as root (mail and login processes then run as Dovecot's own users, or
``nobody``) and as an ordinary user. Tests are skipped, saying why, when Dovecot is missing.

Messages are put into a mailbox with IMAP APPEND, as another mail client would.
"""

from __future__ import annotations

import contextlib
import getpass
import grp
import imaplib
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

DOVECOT = shutil.which("dovecot") or (
    "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)

OFFICE_USER = "vhtt@example.org"
OFFICE_PASSWORD = "Phòng-văn-hóa-2021"  # noqa: S105 - the tests' own password
STATION_USER = "xa.hoangdong@example.org"
STATION_PASSWORD = "Mật-khẩu-bí-mật-7f3a"  # noqa: S105 - same as tests.mailserver.PASSWORD


def _free_port() -> int:
    """A loopback port free now. (``tests.mailserver.free_port`` keeps its port bound for
    aiosmtpd to listen on; Dovecot binds its own sockets, so the port must be let go. A
    start that still loses the race picks new ports, see ``Dovecot.start``.)"""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> tuple[str, int, int, str]:
    """(login user, mail uid, mail gid, internal user) Dovecot may run its processes as."""
    if os.getuid() != 0:
        name = getpass.getuser()
        return name, os.getuid(), os.getgid(), name
    for name in ("dovecot", "nobody"):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            login = "dovenull" if _user_exists("dovenull") else name
            return login, entry.pw_uid, entry.pw_gid, name
    raise RuntimeError("no unprivileged user to run Dovecot's processes as")


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


class Dovecot:
    """One Dovecot instance; ``stop()``/``start()`` may be called repeatedly (same ports,
    same mail)."""

    def __init__(self, folder: Path, ca: trustme.CA,
                 users: dict[str, str] | None = None) -> None:
        self.folder = folder
        self.ca = ca
        self.users = users or {OFFICE_USER: OFFICE_PASSWORD, STATION_USER: STATION_PASSWORD}
        self.port = _free_port()
        self.tls_port = _free_port()
        self.started_once = False
        self.process: subprocess.Popen[bytes] | None = None
        self.config = folder / "dovecot.conf"
        self._write_config()

    def _write_config(self) -> None:
        folder = self.folder
        for name in ("run", "state", "mail"):
            (folder / name).mkdir(parents=True, exist_ok=True)
        cert = self.ca.issue_cert("localhost", "127.0.0.1")
        cert.cert_chain_pems[0].write_to_path(str(folder / "cert.pem"))
        cert.private_key_pem.write_to_path(str(folder / "key.pem"))
        login_user, uid, gid, internal = _run_as()
        # Passwords in a passwd-file; PLAIN scheme keeps the test readable (test users only).
        (folder / "passwd").write_text("".join(
            f"{user}:{{PLAIN}}{password}::::::\n" for user, password in self.users.items()),
            encoding="utf-8")
        mail = folder / "mail"
        os.chown(mail, uid, gid)
        group = grp.getgrgid(gid).gr_name
        self.config.write_text(f"""
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{folder}/cert.pem
ssl_key = <{folder}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
# A refused login answers at once (Dovecot waits 2 s by default against guessing). The next
# login from the same address is still held back (2, 4… s: Dovecot's penalty, which no
# setting lifts), so a test tries a wrong password after its other logins where it can.
auth_failure_delay = 0
default_internal_user = {internal}
default_internal_group = {group}
default_login_user = {login_user}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:{mail}/%u
mail_uid = {uid}
mail_gid = {gid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={mail}/%u
}}
service imap-login {{
  inet_listener imap {{
    port = {self.port}
  }}
  inet_listener imaps {{
    port = {self.tls_port}
    ssl = yes
  }}
}}
service stats {{
  unix_listener stats-reader {{
    user = {internal}
  }}
  unix_listener stats-writer {{
    user = {internal}
  }}
}}
""", encoding="utf-8")

    def start(self) -> Dovecot:
        for attempt in range(3):
            try:
                return self._start()
            except RuntimeError as exc:
                if self.started_once or "Address already in use" not in str(exc) or \
                        attempt == 2:
                    raise
            # Another process took a port meanwhile: new ports (first start only).
            self.port, self.tls_port = _free_port(), _free_port()
            self._write_config()
        raise AssertionError("unreachable")

    def _start(self) -> Dovecot:
        assert DOVECOT is not None
        # Its own process group: stopping it ends the master AND the running imap
        # processes, as a server that goes away would (the master alone leaves them).
        self.process = subprocess.Popen([DOVECOT, "-F", "-c", str(self.config)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        start_new_session=True)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode(errors="replace") \
                    if self.process.stderr else ""
                log = (self.folder / "dovecot.log").read_text(errors="replace") \
                    if (self.folder / "dovecot.log").exists() else ""
                raise RuntimeError(f"dovecot did not start: {error}\n{log}")
            if _answers(self.port) and _answers(self.tls_port):
                self.started_once = True
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("dovecot did not open its ports in time")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
        if process.stderr:
            process.stderr.close()
        # Children (imap, imap-login) die with the master; wait until the ports are free.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (_answers(self.port) or
                                               _answers(self.tls_port)):
            time.sleep(0.05)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    # -- a mail client of our own, to put mail in and look at flags ---------------------------
    def client(self, user: str) -> imaplib.IMAP4:
        imap = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        typ, _ = imap.authenticate("PLAIN", lambda _: b"\0" + user.encode() + b"\0" +
                                   self.users[user].encode())
        assert typ == "OK"
        return imap

    def append(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        imap = self.client(user)
        try:
            typ, data = imap.append(folder, None, None, raw)
            assert typ == "OK", data
        finally:
            imap.logout()

    def flags(self, user: str, folder: str = "INBOX") -> list[set[str]]:
        """The flags of every message of the folder, in UID order."""
        imap = self.client(user)
        try:
            imap.select(folder, readonly=True)
            typ, data = imap.uid("FETCH", "1:*", "(FLAGS)")
            result = []
            for line in data:
                if isinstance(line, bytes) and b"FLAGS (" in line:
                    inner = line.split(b"FLAGS (", 1)[1].split(b")", 1)[0]
                    result.append(set(inner.decode().split()))
            return result
        finally:
            imap.logout()

    def count(self, user: str, folder: str = "INBOX") -> int:
        imap = self.client(user)
        try:
            typ, data = imap.select(folder, readonly=True)
            return int(data[0])
        finally:
            imap.logout()


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture
def dovecot(tmp_path: Path, ca: trustme.CA) -> Iterator[Callable[..., Dovecot]]:
    """A factory: ``dovecot()`` starts a server with the office and station users."""
    if DOVECOT is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    started: list[Dovecot] = []
    folders: list[Path] = []

    def make(**kwargs: Any) -> Dovecot:
        # Its own folder under /tmp, not tmp_path: pytest's folders are private (0700) and,
        # run as root, Dovecot's processes run as its own users, which must reach the files.
        folder = Path(tempfile.mkdtemp(prefix="ocop-dovecot-"))
        folder.chmod(0o755)
        folders.append(folder)
        server = Dovecot(folder, ca, **kwargs).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def trusting(ca: trustme.CA) -> Callable[[], ssl.SSLContext]:
    def make() -> ssl.SSLContext:
        context = ssl.create_default_context()
        ca.configure_trust(context)
        return context
    return make
