"""A real OpenSearch 2.19 node, from .ci/opensearch/ (a Maven build of the server's
jars and one launcher class, `baokan.TestNode`): the external-engine tests
(tests/search/external/) and bench/opensearch_bench.py both start theirs with it.

`OpenSearchNode.start()` runs it on loopback ports in a folder of its own and waits
for the cluster to be green; `stop()` ends it and removes the folder. The node also
stops by itself when its standard input closes, so a test run that dies (even by
SIGKILL) leaves no Java process behind.
"""

import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAUNCHER = ROOT / ".ci" / "opensearch"
LIB = LAUNCHER / "target" / "lib"
JAR = LIB / "opensearch-test-node-1.jar"
START_TIMEOUT = 180  # seconds; about 9 on an idle two-core machine
HEAP = os.environ.get("BAOKAN_TEST_OPENSEARCH_HEAP", "512m")


def build():
    """Compile the launcher and copy its jars into target/lib unless they are newer
    than its sources (Maven Central, through Maven: `make test` installs Maven)."""
    sources = [LAUNCHER / "pom.xml", *LAUNCHER.joinpath("src").rglob("*.java")]
    if JAR.exists() and all(JAR.stat().st_mtime >= s.stat().st_mtime for s in sources):
        return
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            raise RuntimeError(
                f"{tool} is missing: the external-engine tests need Java 17 and Maven "
                "(`make test` installs Debian's openjdk-17-jdk-headless and maven)"
            )
    subprocess.run(
        ["mvn", "-q", "-B", "-f", str(LAUNCHER / "pom.xml"), "package"],
        check=True,
        stdin=subprocess.DEVNULL,
    )


class OpenSearchNode:
    def __init__(self, name="node1", seeds=(), home=None, http_port=0, transport_port=0, heap=HEAP):
        self.name = name
        self.heap = heap
        self.seeds = list(seeds)
        self.home = Path(home) if home else None
        self.own_home = home is None
        self.http_port = http_port
        self.transport_port = transport_port
        self.process = None
        self.started_in = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.http_port}"

    def start(self, wait_for="green"):
        build()
        if self.home is None:
            self.home = Path(tempfile.mkdtemp(prefix=f"baokan-opensearch-{self.name}-"))
        began = time.monotonic()
        command = [
            "java",
            f"-Xms{self.heap}",
            f"-Xmx{self.heap}",
            "-XX:+UseSerialGC",
            "-Djava.awt.headless=true",
            "-cp",
            f"{LIB}/*",
            "baokan.TestNode",
            str(self.home),
            self.name,
            str(self.http_port),
            str(self.transport_port),
            *map(str, self.seeds),
        ]
        log = open(self.home / "node.log", "ab")  # noqa: SIM115 - closed with the node
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log
        )
        log.close()
        line = self._first_line(START_TIMEOUT)
        if not line.startswith("started "):
            self.stop()
            raise RuntimeError(f"OpenSearch node {self.name} did not start: {line!r}")
        ports = dict(part.split("=") for part in line.split()[1:])
        self.http_port, self.transport_port = int(ports["http"]), int(ports["transport"])
        if wait_for:
            self.wait_for(wait_for)
        self.started_in = time.monotonic() - began
        return self

    def _first_line(self, timeout):
        result = []
        reader = threading.Thread(
            target=lambda: result.append(self.process.stdout.readline()), daemon=True
        )
        reader.start()
        reader.join(timeout)
        if not result:
            return f"nothing within {timeout} s; see {self.home / 'node.log'}"
        return result[0].decode("utf-8", "replace").strip() or self.log_tail()

    def log_tail(self, lines=30):
        try:
            text = (self.home / "node.log").read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def request(self, method, path, body=None, timeout=30):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return json.loads(error.read() or b"null")

    def wait_for(self, status="green", nodes=None, timeout=120):
        query = f"wait_for_status={status}&timeout={timeout}s"
        if nodes:
            query += f"&wait_for_nodes={nodes}"
        health = self.request("GET", f"/_cluster/health?{query}", timeout=timeout + 10)
        if health.get("timed_out") or "status" not in health:
            raise RuntimeError(f"cluster not {status}: {health}")
        return health

    def kill(self):
        """SIGKILL, as a machine that dies: no clean shutdown. The folder stays."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(30)
        self._close_pipes()

    def stop(self):
        """End the node (EOF on its input, then SIGTERM, then SIGKILL) and remove its
        folder if it made it."""
        if self.process and self.process.poll() is None:
            try:
                self.process.stdin.close()
            except OSError:
                pass
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.terminate()
                try:
                    self.process.wait(15)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(15)
        self._close_pipes()
        if self.own_home and self.home is not None:
            shutil.rmtree(self.home, ignore_errors=True)

    def _close_pipes(self):
        if self.process:
            for pipe in (self.process.stdin, self.process.stdout):
                try:
                    pipe.close()
                except OSError:
                    pass
