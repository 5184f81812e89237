"""Rewrite text while keeping a map from every new position back to the original.

Each rewriting stage records only the regions it changed; mapping a position walks the
stages back to the raw text. A changed region is stored as the smallest span that
differs, so a character next to an edit still maps to itself.

>>> stage = Stage.sub("a--b", _DASHES, "-")
>>> stage.text
'a-b'
>>> stage.to_source_start(2), stage.to_source_end(3)
(3, 4)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

_DASHES = re.compile("-+")


@dataclass(slots=True)
class Stage:
    """One rewrite: ``text`` is the output; ``edits`` the changed regions.

    An edit is ``(src_start, src_end, out_start, out_end)``, sorted by position.
    """

    text: str
    edits: list[tuple[int, int, int, int]] = field(default_factory=list)
    _out_starts: list[int] = field(default_factory=list)

    @classmethod
    def sub(cls, text: str, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> Stage:
        """Apply ``pattern.sub`` and record what changed. Raises nothing of its own."""
        edits: list[tuple[int, int, int, int]] = []
        delta = 0
        expand = repl if callable(repl) else (lambda m: m.expand(repl))

        def record(match: re.Match[str]) -> str:
            nonlocal delta
            old, new = match.group(0), expand(match)
            if old != new:
                s, e, ns, ne = _minimal(old, new)
                base = match.start()
                edits.append((base + s, base + e, base + delta + ns, base + delta + ne))
                delta += len(new) - len(old)
            return new

        out = pattern.sub(record, text)
        return cls(out, edits, [edit[2] for edit in edits])

    @classmethod
    def replace(cls, text: str, changes: list[tuple[int, int, str]]) -> Stage:
        """Replace sorted, non-overlapping ``(start, end, new)`` spans; record what changed.

        >>> Stage.replace("ab cd", [(3, 5, "xyz")]).text
        'ab xyz'
        """
        parts: list[str] = []
        edits: list[tuple[int, int, int, int]] = []
        done, delta = 0, 0
        for start, end, new in changes:
            parts += [text[done:start], new]
            s, e, ns, ne = _minimal(text[start:end], new)
            edits.append((start + s, start + e, start + delta + ns, start + delta + ne))
            delta += len(new) - (end - start)
            done = end
        parts.append(text[done:])
        return cls("".join(parts), edits, [edit[2] for edit in edits])

    def to_source_start(self, pos: int) -> int:
        """Source position where the output character at ``pos`` begins."""
        i = bisect_right(self._out_starts, pos) - 1
        if i >= 0:
            s_start, s_end, o_start, o_end = self.edits[i]
            if pos < o_end:
                return s_start
            return pos - o_end + s_end
        return pos

    def to_source_end(self, pos: int) -> int:
        """Source position just after the output character at ``pos - 1``."""
        if pos <= 0:
            return 0
        i = bisect_right(self._out_starts, pos - 1) - 1
        if i >= 0:
            s_start, s_end, o_start, o_end = self.edits[i]
            if pos - 1 < o_end:
                return s_end
            return pos - o_end + s_end
        return pos


def _minimal(old: str, new: str) -> tuple[int, int, int, int]:
    """The differing middle of old and new: (old_s, old_e, new_s, new_e)."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, prefix, len(new) - suffix


@dataclass(slots=True)
class MappedText:
    """A normalised text and the stages that lead back to the raw text.

    >>> m = MappedText("x  y")
    >>> m.apply(re.compile(" +"), " ")
    >>> m.text, m.raw_span(2, 3)
    ('x y', (3, 4))
    """

    raw: str
    text: str = ""
    stages: list[Stage] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.raw

    def apply(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> None:
        stage = Stage.sub(self.text, pattern, repl)
        if stage.edits:
            self.stages.append(stage)
        self.text = stage.text

    def replace(self, changes: list[tuple[int, int, str]]) -> None:
        """Replace sorted, non-overlapping spans of :attr:`text`."""
        if changes:
            stage = Stage.replace(self.text, changes)
            self.stages.append(stage)
            self.text = stage.text

    def translate(self, table: dict[int, str]) -> None:
        """Apply a one-to-one character table; it must not change the length.

        One ``str.replace`` per character in the table: a C scan each, where
        ``str.translate`` looks every character of a Persian text up in the dict (20x slower).
        """
        text = self.text
        for code, new in table.items():
            old = chr(code)
            if old in text:
                text = text.replace(old, new)
        self.text = text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to the raw text."""
        for stage in reversed(self.stages):
            start, end = stage.to_source_start(start), stage.to_source_end(end)
        return start, max(start, end)  # an empty span stays empty where its text was removed
