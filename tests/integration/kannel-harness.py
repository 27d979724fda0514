#!/usr/bin/env python3
"""Runs a command against a private Kannel on 127.0.0.1: bearerbox + fakesmsc + smsbox.

Usage: kannel-harness.py [--mo-port PORT] [--mo-token TOKEN] [--mo-url URL] [--timeout SECONDS]
                         WORKDIR COMMAND [ARG...]

Picks free loopback ports, writes WORKDIR/kannel.conf, starts bearerbox, fakesmsc (reading a FIFO
that this script keeps open) and smsbox, waits until sendsms answers and the fake SMSC is online,
then runs COMMAND with these variables set:

  TEXTWELL_KANNEL_URL            http://127.0.0.1:PORT (KannelGateway::Config::baseUrl)
  TEXTWELL_KANNEL_SENDSMS_URL    http://127.0.0.1:PORT/cgi-bin/sendsms
  TEXTWELL_KANNEL_USER, TEXTWELL_KANNEL_PASSWORD   the sendsms-user (the password has + & % in it)
  TEXTWELL_KANNEL_FROM           the sender to use
  TEXTWELL_KANNEL_SMSC_ID        the fake SMSC's smsc-id
  TEXTWELL_KANNEL_MAX_MESSAGES   the sendsms-user's max-messages (parts per message)
  TEXTWELL_KANNEL_ADMIN_URL, TEXTWELL_KANNEL_ADMIN_PASSWORD, TEXTWELL_KANNEL_STATUS_PASSWORD
  TEXTWELL_FAKESMSC_LOG          what fakesmsc received ("Got message N: <from to type ...>")
  TEXTWELL_FAKESMSC_FIFO         write "from to text WORDS" lines here to inject MO messages
                                 (fakesmsc sends one line per second: pause >= 1 s between lines)
  TEXTWELL_KANNEL_MO_URL         the sms-service get-url Kannel calls for incoming messages
  TEXTWELL_CALLBACK_PORT, TEXTWELL_CALLBACK_TOKEN  unless a whole MO URL was given: the port and
                                 token of the app's CallbackServer that the MO URL points at
                                 (/kannel/mo on 127.0.0.1; from --mo-port/--mo-token or the same
                                 variables when set, else a free port and a new token)
  TEXTWELL_KANNEL_BEARERBOX_PID, TEXTWELL_KANNEL_SMSBOX_PID, TEXTWELL_FAKESMSC_PID
  TEXTWELL_KANNEL_WORKDIR        WORKDIR (logs: bearerbox.log, smsbox.log, access.log, *.out)

The MO URL carries Kannel's id of the message (id=%I), the same when smsbox asks again: smsbox
repeats a request the app answered with an error (503: not stored yet) up to 3 times, 1 s apart
(http-request-retry, http-queue-delay). A whole MO URL (--mo-url or TEXTWELL_KANNEL_MO_URL) must
contain Kannel's escapes itself (%p, %P, %a, %I, ...). Every process this script starts is
stopped by its PID when the command ends, fails, times out, or this script is interrupted
(SIGINT/SIGTERM/SIGHUP); should this script itself be killed with SIGKILL, the kernel sends them
SIGTERM (PR_SET_PDEATHSIG).
Exit status: the command's; 124 when it timed out; 2 when Kannel did not come up.
"""

import argparse
import ctypes
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

BEARERBOX = os.environ.get("KANNEL_BEARERBOX", "/usr/sbin/bearerbox")
SMSBOX = os.environ.get("KANNEL_SMSBOX", "/usr/sbin/smsbox")
FAKESMSC = os.environ.get("KANNEL_FAKESMSC", "/usr/lib/kannel/test/fakesmsc")

USER = "textwell"
# Characters that must survive URL encoding: a '+' read as a space or an unescaped '&' or '%'
# breaks authentication, which the tests would notice.
PASSWORD = "s3cr+t&pa%ss"
SENDER = "12345"
SMSC_ID = "fake1"
MAX_MESSAGES = 10  # parts per message; without it Kannel cuts long texts to one SMS
ADMIN_PASSWORD = "adminpass"
STATUS_PASSWORD = "statuspass"
START_TIMEOUT = 20.0
START_ATTEMPTS = 3
STOP_TIMEOUT = 10.0

CONFIG = """\
# Written by kannel-harness.py for one test run. Everything on 127.0.0.1.
group = core
admin-port = {admin_port}
# Without admin-interface the admin HTTP port binds 0.0.0.0 (kannel.md 4.2); admin-allow-ip
# keeps other hosts out either way.
admin-interface = "127.0.0.1"
admin-password = {admin_password}
status-password = {status_password}
admin-allow-ip = "127.0.0.1"
smsbox-port = {smsbox_port}
smsbox-interface = "127.0.0.1"
box-allow-ip = "127.0.0.1"
log-file = "{workdir}/bearerbox.log"
log-level = 0
access-log = "{workdir}/access.log"
dlr-storage = internal

group = smsc
smsc = fake
smsc-id = {smsc_id}
port = {fake_port}
# The fake SMSC listens on 0.0.0.0 without our-host (kannel.md 4.2); only 127.0.0.1 may connect.
our-host = 127.0.0.1
connect-allow-ip = "127.0.0.1"

group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = {smsbox_port}
sendsms-port = {sendsms_port}
sendsms-interface = "127.0.0.1"
global-sender = {sender}
mo-recode = true
# The app answers 503 when it could not store a reply yet: ask again, up to 3 times, 1 s apart.
http-request-retry = 3
http-queue-delay = 1
log-file = "{workdir}/smsbox.log"
log-level = 0

group = sendsms-user
username = {user}
password = "{password}"
# Parts per message: without it a long text is cut to its first SMS.
max-messages = {max_messages}
concatenation = true
user-allow-ip = "127.0.0.1"

# Incoming messages (MO) all go to the app, which does the keyword matching itself.
group = sms-service
keyword = default
get-url = "{mo_url}"
max-messages = 0
"""


def log(message):
    print("kannel-harness: " + message, file=sys.stderr, flush=True)


class Interrupted(Exception):
    def __init__(self, signum):
        super().__init__("signal %d" % signum)
        self.signum = signum


def on_signal(signum, _frame):
    raise Interrupted(signum)


_libc = ctypes.CDLL(None, use_errno=True)


def die_with_parent():
    # Runs in the child between fork and exec: if this script is killed (even with SIGKILL), the
    # child gets SIGTERM instead of running on.
    _libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() == 1:
        os._exit(1)


def free_ports(count):
    # Bound on 0.0.0.0 so that the port is free on every address; held together so they differ.
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("0.0.0.0", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


# Straight to 127.0.0.1, whatever http_proxy says.
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def http_get(url, timeout=2.0):
    """The status and body of a GET; status 0 when there is no HTTP answer."""
    try:
        with _opener.open(url, timeout=timeout) as reply:
            return reply.status, reply.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except (OSError, ValueError):
        return 0, ""


class Harness:
    def __init__(self, workdir, mo_url, mo_port, mo_token):
        self.workdir = workdir
        self.given_mo_url = mo_url
        self.given_mo_port = mo_port
        self.given_mo_token = mo_token
        self.processes = []  # (name, Popen), in start order
        self.files = []
        self.fifo_fd = None
        self.env = {}

    def start_process(self, name, argv, stdout_path, stdin=None):
        out = open(stdout_path, "wb")
        self.files.append(out)
        process = subprocess.Popen(argv, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                                   stdout=out, stderr=subprocess.STDOUT, cwd=self.workdir,
                                   preexec_fn=die_with_parent)
        self.processes.append((name, process))
        return process

    def wait_until(self, what, condition):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            for name, process in self.processes:
                if process.poll() is not None:
                    raise RuntimeError("%s exited with status %s while waiting for %s"
                                       % (name, process.returncode, what))
            if condition():
                return
            time.sleep(0.1)
        raise RuntimeError("timed out waiting for " + what)

    def start(self):
        self.env = {}
        for name in ("bearerbox.log", "smsbox.log", "access.log", "bearerbox.out", "smsbox.out",
                     "fakesmsc.log", "fakesmsc.fifo"):
            path = os.path.join(self.workdir, name)
            if os.path.lexists(path):
                os.unlink(path)

        admin_port, smsbox_port, sendsms_port, fake_port, callback_port = free_ports(5)
        mo_url = self.given_mo_url
        if not mo_url:
            callback_port = self.given_mo_port or callback_port
            token = self.given_mo_token or secrets.token_urlsafe(32)
            mo_url = ("http://127.0.0.1:%d/kannel/mo?token=%s&from=%%p&to=%%P&text=%%a&ts=%%T"
                      "&smsc=%%i&coding=%%c&charset=%%C&id=%%I" % (callback_port, token))
            self.env["TEXTWELL_CALLBACK_PORT"] = str(callback_port)
            self.env["TEXTWELL_CALLBACK_TOKEN"] = token
        config_path = os.path.join(self.workdir, "kannel.conf")
        with open(config_path, "w", encoding="utf-8") as config:
            config.write(CONFIG.format(
                admin_port=admin_port, smsbox_port=smsbox_port, sendsms_port=sendsms_port,
                fake_port=fake_port, workdir=self.workdir, admin_password=ADMIN_PASSWORD,
                status_password=STATUS_PASSWORD, smsc_id=SMSC_ID, sender=SENDER, user=USER,
                password=PASSWORD, max_messages=MAX_MESSAGES, mo_url=mo_url))
        os.chmod(config_path, 0o600)

        admin_url = "http://127.0.0.1:%d" % admin_port
        status_url = "%s/status.txt?password=%s" % (admin_url, STATUS_PASSWORD)
        sendsms_url = "http://127.0.0.1:%d/cgi-bin/sendsms" % sendsms_port

        self.start_process("bearerbox", [BEARERBOX, "-v", "1", config_path],
                           os.path.join(self.workdir, "bearerbox.out"))
        self.wait_until("bearerbox's admin port", lambda: http_get(status_url)[0] == 200)

        # fakesmsc aborts ("double free") when its stdin reaches EOF: it reads a FIFO whose write
        # end stays open here (O_RDWR never blocks), and tests can inject MO lines through it.
        fifo = os.path.join(self.workdir, "fakesmsc.fifo")
        os.mkfifo(fifo, 0o600)
        self.fifo_fd = os.open(fifo, os.O_RDWR)
        fifo_in = open(fifo, "rb")
        self.files.append(fifo_in)
        fake_log = os.path.join(self.workdir, "fakesmsc.log")
        self.start_process("fakesmsc", [FAKESMSC, "-H", "127.0.0.1", "-r", str(fake_port)], fake_log,
                           stdin=fifo_in)
        self.wait_until("the fake SMSC to be online",
                        lambda: "FAKE:%d (online" % fake_port in http_get(status_url)[1])

        self.start_process("smsbox", [SMSBOX, "-v", "1", config_path],
                           os.path.join(self.workdir, "smsbox.out"))
        # Any HTTP answer will do (403 without a user); then the box must be known to bearerbox.
        self.wait_until("sendsms", lambda: http_get(sendsms_url)[0] != 0)
        self.wait_until("smsbox to connect", lambda: "smsbox:" in http_get(status_url)[1])

        pids = {name: process.pid for name, process in self.processes}
        self.env.update({
            "TEXTWELL_KANNEL_WORKDIR": self.workdir,
            "TEXTWELL_KANNEL_URL": "http://127.0.0.1:%d" % sendsms_port,
            "TEXTWELL_KANNEL_SENDSMS_URL": sendsms_url,
            "TEXTWELL_KANNEL_USER": USER,
            "TEXTWELL_KANNEL_PASSWORD": PASSWORD,
            "TEXTWELL_KANNEL_FROM": SENDER,
            "TEXTWELL_KANNEL_SMSC_ID": SMSC_ID,
            "TEXTWELL_KANNEL_MAX_MESSAGES": str(MAX_MESSAGES),
            "TEXTWELL_KANNEL_ADMIN_URL": admin_url,
            "TEXTWELL_KANNEL_ADMIN_PASSWORD": ADMIN_PASSWORD,
            "TEXTWELL_KANNEL_STATUS_PASSWORD": STATUS_PASSWORD,
            "TEXTWELL_KANNEL_MO_URL": mo_url,
            "TEXTWELL_FAKESMSC_LOG": fake_log,
            "TEXTWELL_FAKESMSC_FIFO": fifo,
            "TEXTWELL_KANNEL_BEARERBOX_PID": str(pids["bearerbox"]),
            "TEXTWELL_KANNEL_SMSBOX_PID": str(pids["smsbox"]),
            "TEXTWELL_FAKESMSC_PID": str(pids["fakesmsc"]),
        })

    def run(self, command, timeout):
        env = dict(os.environ)
        env.update(self.env)
        log("Kannel is up (%s); running %s" % (self.env["TEXTWELL_KANNEL_URL"], " ".join(command)))
        process = subprocess.Popen(command, env=env, preexec_fn=die_with_parent)
        self.processes.append(("command", process))
        try:
            status = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            log("the command took longer than %g s; stopping it" % timeout)
            return 124
        return 128 - status if status < 0 else status

    def stop(self):
        # Newest first: the command, smsbox (so it loses no answers), fakesmsc, bearerbox.
        running = []
        for name, process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                running.append((name, process))
            elif name != "command" and process.returncode not in (0, -signal.SIGTERM):
                log("%s (pid %d) had already exited with status %d" % (name, process.pid, process.returncode))
        deadline = time.monotonic() + STOP_TIMEOUT
        for name, process in running:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log("%s (pid %d) ignored SIGTERM; killing it" % (name, process.pid))
                process.kill()
                process.wait()
        self.processes = []
        if self.fifo_fd is not None:
            os.close(self.fifo_fd)
            self.fifo_fd = None
        for f in self.files:
            f.close()
        self.files = []
        fifo = os.path.join(self.workdir, "fakesmsc.fifo")
        if os.path.lexists(fifo):
            os.unlink(fifo)

    def show_logs(self):
        for name in ("bearerbox.out", "smsbox.out", "fakesmsc.log"):
            path = os.path.join(self.workdir, name)
            if os.path.exists(path):
                with open(path, "rb") as f:
                    lines = f.read().decode("utf-8", "replace").splitlines()[-15:]
                log("last lines of %s:\n  %s" % (path, "\n  ".join(lines)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mo-url", default=os.environ.get("TEXTWELL_KANNEL_MO_URL", ""),
                        help="sms-service get-url with Kannel's escapes (default: a CallbackServer URL)")
    parser.add_argument("--mo-port", type=int, default=int(os.environ.get("TEXTWELL_CALLBACK_PORT", "0")),
                        help="port of the CallbackServer that gets MO messages (default: a free one)")
    parser.add_argument("--mo-token", default=os.environ.get("TEXTWELL_CALLBACK_TOKEN", ""),
                        help="its token (default: a new random one)")
    parser.add_argument("--timeout", type=float, default=float(os.environ.get("TEXTWELL_KANNEL_TIMEOUT", "240")),
                        help="seconds the command may run (default 240)")
    parser.add_argument("workdir")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if not args.command:
        parser.error("no command given")
    for binary in (BEARERBOX, SMSBOX, FAKESMSC):
        if not os.access(binary, os.X_OK):
            log("%s is missing: install the Debian packages kannel and kannel-extras" % binary)
            return 2

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)
    workdir = os.path.abspath(args.workdir)
    os.makedirs(workdir, exist_ok=True)
    harness = Harness(workdir, args.mo_url, args.mo_port, args.mo_token)
    started = time.monotonic()
    status = 2
    try:
        # Another program may take a port between our probe and Kannel's bind: try new ones.
        for attempt in range(1, START_ATTEMPTS + 1):
            try:
                harness.start()
                break
            except RuntimeError as error:
                log("Kannel did not come up (attempt %d): %s" % (attempt, error))
                harness.show_logs()
                harness.stop()
                if attempt == START_ATTEMPTS:
                    return 2
        status = harness.run(args.command, args.timeout)
        if status != 0:
            harness.show_logs()
        return status
    except Interrupted as interrupted:
        log("interrupted by signal %d" % interrupted.signum)
        status = 128 + interrupted.signum
        return status
    finally:
        # Signals during the stop must not cut it short.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        harness.stop()
        log("done in %.1f s, status %d" % (time.monotonic() - started, status))


if __name__ == "__main__":
    sys.exit(main())
