"""Progress lines for a long extraction: 921 reports or one 1.5 MB report take minutes, and a
build log that says nothing for minutes looks like a build that hangs.

A line every so many articles extracted, and one every so many seconds while the count does
not move (a single long article); both in settings.WORK. Nothing at all for an extraction that
ends sooner: the usual build stays quiet. The lines go to a callable the caller chooses (the
MkDocs log, stderr); nothing here depends on where.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Self

from . import settings

__all__ = ["Progress"]


class Progress:
    def __init__(self, total: int, report: Callable[[str], None] | None):
        self.total = total
        self.done = 0
        self._report = report
        self._start = time.monotonic()
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._ticker: threading.Thread | None = None

    def __enter__(self) -> Self:
        if self._report is not None:
            self._ticker = threading.Thread(target=self._tick, name="extraction-progress", daemon=True)
            self._ticker.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stopped.set()
        if self._ticker is not None:
            self._ticker.join()

    def article_done(self) -> None:
        with self._lock:
            self.done += 1
            if self.done % settings.WORK.progress_every_articles == 0 and self.done < self.total:
                self._say()

    def _tick(self) -> None:
        while not self._stopped.wait(settings.WORK.progress_every_seconds):
            with self._lock:
                self._say()

    def _say(self) -> None:
        if self._report is not None:
            self._report(
                f"extraction: {self.done} of {self.total} article(s) done, {time.monotonic() - self._start:.0f} s"
            )
