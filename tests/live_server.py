"""`mkdocs serve` as a child process on a free 127.0.0.1 port, with its log read line by line."""
from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

MKDOCS = str(Path(sys.executable).parent / "mkdocs")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


class LiveServer:
    def __init__(self, project: Path, dirty: bool = True):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        args = [MKDOCS, "serve", "-a", f"127.0.0.1:{self.port}"] + (["--dirty"] if dirty else [])
        self.process = subprocess.Popen(args, cwd=project, env=ENV, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(line.rstrip()) for line in self.process.stdout],
                         daemon=True).start()
        self.wait_for("Serving on", timeout=600)

    def wait_for(self, needle: str, timeout: float = 120) -> list[str]:
        """The log lines up to the first that contains needle."""
        seen, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                continue
            seen.append(line)
            if needle in line:
                return seen
        raise AssertionError(f"no {needle!r} from mkdocs serve within {timeout} s:\n" + "\n".join(seen[-20:]))

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=30) as response:
            return response.read()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
