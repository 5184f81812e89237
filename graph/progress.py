"""Progress for long ingests: a tqdm bar on a terminal, plain lines elsewhere.

>>> with Progress(enabled=False) as p:
...     p.update(1, 1, None)
"""

from __future__ import annotations

import sys
import time
from typing import Any


class Progress:
    """Call :meth:`update` after each report; the context closes the bar."""

    def __init__(self, *, enabled: bool = True, every: float = 10.0) -> None:
        self.enabled = enabled
        self.every = every
        self._bar: Any = None
        self._last = 0.0

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()

    def update(self, done: int, total: int, summary: Any) -> None:
        if not self.enabled:
            return
        if sys.stderr.isatty():
            self._tqdm(done, total, summary)
        elif time.monotonic() - self._last >= self.every or done == total:
            self._last = time.monotonic()
            rate = done / summary.seconds if summary and summary.seconds else 0.0
            print(
                f"{done}/{total} reports ({rate:.1f}/s), {summary.figures if summary else 0} figures",
                file=sys.stderr,
                flush=True,
            )

    def note(self, text: str) -> None:
        """A line about a step after the reports (below the bar, which stays)."""
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        print(text, file=sys.stderr, flush=True)

    def _tqdm(self, done: int, total: int, summary: Any) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="report", dynamic_ncols=True, file=sys.stderr)
        self._bar.update(done - self._bar.n)
        if summary is not None:
            self._bar.set_postfix(figures=summary.figures, failed=len(summary.failed), refresh=False)
