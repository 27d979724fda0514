#!/usr/bin/env python3
"""Runs a command against a private, throwaway PostgreSQL server on 127.0.0.1.

Usage: postgres-harness.py [--timeout SECONDS] WORKDIR COMMAND [ARG...]

Uses the newest /usr/lib/postgresql/*/bin (Debian's postgresql package). Makes WORKDIR afresh
(removing one that an earlier run left), creates a cluster in WORKDIR/data (initdb: superuser
textwell, trust authentication, UTF8, locale C.UTF-8) and starts postgres listening on 127.0.0.1
only, on a free port, with its Unix socket in WORKDIR and fsync, synchronous_commit and
full_page_writes off (nothing here needs to survive a crash). Once it accepts connections, runs
COMMAND with this variable set:

  TEXTWELL_TEST_POSTGRES   postgresql://textwell@127.0.0.1:PORT/postgres

The server's log is WORKDIR/postgres.log, initdb's output WORKDIR/initdb.log.

initdb and postgres refuse to run as root: as root, both run as the system user postgres (made
by the postgresql package), else as nobody, and WORKDIR is given to that user. Should that user
be unable to reach WORKDIR (a checkout under /root, say), the cluster and the socket go to a
private folder under /tmp instead, removed at the end. Otherwise they run as whoever runs this.

The server is stopped (SIGINT: fast shutdown; SIGQUIT, then SIGKILL if it does not stop) when the
command ends, fails, times out, or this script is interrupted (SIGINT/SIGTERM/SIGHUP); should this
script itself be killed with SIGKILL, the kernel sends postgres SIGINT and the command SIGTERM
(PR_SET_PDEATHSIG).
Exit status: the command's; 124 when it timed out; 2 when PostgreSQL is not installed or did not
come up.
"""

import argparse
import ctypes
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

SUPERUSER = "textwell"
INITDB_TIMEOUT = 120.0
START_TIMEOUT = 30.0
START_ATTEMPTS = 3
STOP_TIMEOUT = 20.0
# sun_path holds 108 bytes with the terminating NUL.
MAX_SOCKET_PATH = 107


def log(message):
    print("postgres-harness: " + message, file=sys.stderr, flush=True)


class Interrupted(Exception):
    def __init__(self, signum):
        super().__init__("signal %d" % signum)
        self.signum = signum


def on_signal(signum, _frame):
    raise Interrupted(signum)


class StartFailed(Exception):
    pass


_libc = ctypes.CDLL(None, use_errno=True)


def child_setup(account, death_signal):
    """What a child does between fork and exec: become account (when given), then ask the kernel
    for death_signal should this script die. The order matters: changing the user clears the
    parent-death signal."""

    def setup():
        if account is not None:
            os.setgroups([account.pw_gid])
            os.setgid(account.pw_gid)
            os.setuid(account.pw_uid)
        _libc.prctl(1, death_signal)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:
            os._exit(1)

    return setup


def postgres_bindir():
    """The newest /usr/lib/postgresql/VERSION/bin with initdb and postgres, or None."""

    def version(path):
        return [int(part) for part in re.findall(r"\d+", path.split("/")[-3])]

    candidates = [os.path.dirname(initdb) for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb")]
    candidates = [d for d in candidates if os.access(os.path.join(d, "postgres"), os.X_OK)]
    return max(candidates, key=version) if candidates else None


def server_account():
    """The user to run initdb and postgres as: None for oneself, else a pwd entry."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            pass
    raise StartFailed("running as root, but there is neither a postgres nor a nobody user")


def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
    finally:
        s.close()


def tail(path, lines=25):
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8", "replace").splitlines()[-lines:]
    except OSError:
        return
    log("last lines of %s:\n  %s" % (path, "\n  ".join(text)))


def prepare_workdir(workdir):
    # Only remove what looks like an earlier run's folder: never a folder given by mistake.
    if os.path.lexists(workdir):
        if os.path.isdir(workdir) and not os.path.islink(workdir):
            entries = os.listdir(workdir)
            if entries and not {"data", "postgres.log", "initdb.log"} & set(entries):
                raise StartFailed("%s holds files that this script did not make; not removing it"
                                  % workdir)
            shutil.rmtree(workdir)
        else:
            raise StartFailed("%s exists and is not a folder" % workdir)
    os.makedirs(workdir)


class Harness:
    def __init__(self, workdir, bindir, account):
        self.workdir = workdir
        self.bindir = bindir
        self.account = account
        self.rundir = workdir  # holds data/ and the socket; owned by the server's user
        self.private_rundir = False
        self.server = None
        self.command = None
        self.children = []  # every process started, so that an interruption can stop it
        self.log_path = os.path.join(workdir, "postgres.log")
        self.url = ""

    def popen(self, argv, death_signal=signal.SIGTERM, account=None, **kwargs):
        process = subprocess.Popen(argv, preexec_fn=child_setup(account, death_signal), **kwargs)
        self.children.append(process)
        return process

    def can_use(self, folder):
        if self.account is None:
            return True
        probe = self.popen(["test", "-w", folder, "-a", "-x", folder], account=self.account,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        return probe.wait() == 0

    def make_rundir(self):
        if self.account is None:
            return
        os.chown(self.workdir, self.account.pw_uid, self.account.pw_gid)
        if self.can_use(self.workdir):
            return
        self.rundir = tempfile.mkdtemp(prefix="textwell-postgres-")
        self.private_rundir = True
        os.chown(self.rundir, self.account.pw_uid, self.account.pw_gid)
        log("%s cannot reach %s: the cluster goes to %s"
            % (self.account.pw_name, self.workdir, self.rundir))

    def initdb(self):
        initdb_log = os.path.join(self.workdir, "initdb.log")
        with open(initdb_log, "wb") as out:
            process = self.popen([os.path.join(self.bindir, "initdb"), "-D", self.datadir(),
                                  "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                                  "--locale=C.UTF-8", "--no-sync"],
                                 account=self.account, cwd=self.rundir, env=self.server_env(),
                                 stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
            try:
                status = process.wait(timeout=INITDB_TIMEOUT)
            except subprocess.TimeoutExpired:
                raise StartFailed("initdb took longer than %g s" % INITDB_TIMEOUT)
        if status != 0:
            tail(initdb_log)
            raise StartFailed("initdb failed with status %d" % status)

    def datadir(self):
        return os.path.join(self.rundir, "data")

    def server_env(self):
        env = dict(os.environ)
        for name in list(env):
            if name.startswith("PG"):
                del env[name]  # PGDATA, PGPORT, ... must not steer these programs elsewhere
        env["LC_ALL"] = "C.UTF-8"
        if self.account is not None:
            env["HOME"] = self.account.pw_dir
            env["USER"] = env["LOGNAME"] = self.account.pw_name
        return env

    def start_server(self):
        port = free_port()
        # Without a socket when the path would be too long: the tests connect over TCP anyway.
        socket_dir = self.rundir
        if len(os.path.join(socket_dir, ".s.PGSQL.%d" % port)) > MAX_SOCKET_PATH:
            socket_dir = ""
        argv = [os.path.join(self.bindir, "postgres"), "-D", self.datadir(), "-p", str(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + socket_dir,
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        with open(self.log_path, "ab") as out:
            # SIGINT is postgres's fast shutdown: it ends open sessions, which SIGTERM waits for.
            self.server = self.popen(argv, death_signal=signal.SIGINT, account=self.account,
                                     cwd=self.rundir, env=self.server_env(),
                                     stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                status = self.server.returncode
                self.server = None
                raise StartFailed("postgres exited with status %d while starting" % status)
            if self.accepts_connections(port):
                self.url = "postgresql://%s@127.0.0.1:%d/postgres" % (SUPERUSER, port)
                return
            time.sleep(0.1)
        raise StartFailed("postgres did not accept connections within %g s" % START_TIMEOUT)

    def accepts_connections(self, port):
        pg_isready = os.path.join(self.bindir, "pg_isready")
        if os.access(pg_isready, os.X_OK):
            # 0: accepting; 1: still starting up, so rejecting.
            probe = self.popen([pg_isready, "-q", "-h", "127.0.0.1", "-p", str(port), "-U", SUPERUSER,
                                "-d", "postgres", "-t", "2"],
                               env=self.server_env(), stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return probe.wait() == 0
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1.0).close()
            return True
        except OSError:
            return False

    def start(self):
        self.make_rundir()
        self.initdb()
        # Another program may take the port between our probe and postgres's bind: try new ones.
        for attempt in range(1, START_ATTEMPTS + 1):
            try:
                self.start_server()
                return
            except StartFailed as error:
                log("postgres did not come up (attempt %d): %s" % (attempt, error))
                tail(self.log_path)
                self.stop_server()
                if attempt == START_ATTEMPTS:
                    raise

    def run(self, command, timeout):
        env = dict(os.environ)
        env["TEXTWELL_TEST_POSTGRES"] = self.url
        log("PostgreSQL is up (%s); running %s" % (self.url, " ".join(command)))
        self.command = self.popen(command, env=env)
        try:
            status = self.command.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            log("the command took longer than %g s; stopping it" % timeout)
            return 124
        return 128 - status if status < 0 else status

    def stop_server(self):
        server, self.server = self.server, None
        if server is None or server.poll() is not None:
            return
        for signum, wait in ((signal.SIGINT, STOP_TIMEOUT), (signal.SIGQUIT, 5.0),
                             (signal.SIGKILL, None)):
            server.send_signal(signum)
            try:
                server.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                log("postgres (pid %d) did not stop within %g s after signal %d"
                    % (server.pid, wait, signum))

    def stop(self):
        # The command first, so that the server's fast shutdown has no sessions to end.
        if self.command is not None and self.command.poll() is None:
            self.command.terminate()
            try:
                self.command.wait(timeout=10.0)
            except subprocess.TimeoutExpired:
                log("the command (pid %d) ignored SIGTERM; killing it" % self.command.pid)
                self.command.kill()
                self.command.wait()
        self.stop_server()
        for process in self.children:  # initdb or a probe that an interruption cut short
            if process.poll() is None:
                process.kill()
                process.wait()
        if self.private_rundir:
            shutil.rmtree(self.rundir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float,
                        default=float(os.environ.get("TEXTWELL_POSTGRES_TIMEOUT", "240")),
                        help="seconds the command may run (default 240)")
    parser.add_argument("workdir")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if not args.command:
        parser.error("no command given")
    bindir = postgres_bindir()
    if bindir is None:
        log("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
            "install the Debian package postgresql")
        return 2

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)
    workdir = os.path.abspath(args.workdir)
    started = time.monotonic()
    status = 2
    harness = None
    show_log = False
    try:
        prepare_workdir(workdir)
        harness = Harness(workdir, bindir, server_account())
        harness.start()
        status = harness.run(args.command, args.timeout)
        show_log = status != 0
        return status
    except StartFailed as error:
        log("PostgreSQL did not come up: %s" % error)
        return 2
    except Interrupted as interrupted:
        log("interrupted by signal %d" % interrupted.signum)
        status = 128 + interrupted.signum
        show_log = harness is not None
        return status
    finally:
        # Signals during the stop must not cut it short.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        if harness is not None:
            harness.stop()
            if show_log:  # after the stop, so that it ends with the shutdown
                tail(harness.log_path)
        log("done in %.1f s, status %d" % (time.monotonic() - started, status))


if __name__ == "__main__":
    sys.exit(main())
