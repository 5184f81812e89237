"""Read reports from files and folders, with what a folder's manifest.json says.

Bad input raises :class:`InputError` naming the file and what was wrong; callers go on
with the rest of a batch.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("وزیر گفت: ۱۰ درصد.", encoding="utf-8")
>>> [item.name for item in find_reports([folder])]
['a.txt']
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .model import Report

MAX_BYTES = 20 * 1024 * 1024  # a report larger than this is almost surely not one report
SUFFIXES = (".txt",)
_PERSIAN = re.compile("[\u0600-\u06ff]")
_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|div|p|script)\b", re.IGNORECASE)
_MANIFEST_FIELDS = {
    "file": str,
    "outlet": str,
    "via": str,
    "url": str,
    "published": str,
    "published_after": str,
    "published_before": str,
    "date_note": str,
}


class InputError(Exception):
    """A file that cannot be read as a report. ``str(error)`` names the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Source:
    """A report file found on disk and the manifest entry that describes it, if any."""

    path: Path
    meta: dict[str, str | None]

    @property
    def name(self) -> str:
        return self.path.name


def find_reports(paths: Iterable[Path | str], *, errors: list[InputError] | None = None) -> Iterator[Source]:
    """Every report file under ``paths`` (files or folders, recursively, sorted).

    Problems with a path or a manifest are appended to ``errors`` (or raised when
    ``errors`` is None) and the walk goes on.
    """
    for path in map(Path, paths):
        try:
            yield from _walk(path, errors)
        except InputError as error:
            if errors is None:
                raise
            errors.append(error)


def _walk(path: Path, errors: list[InputError] | None) -> Iterator[Source]:
    if not path.exists():
        raise InputError(path, "no such file or folder")
    if path.is_file():
        manifest = _manifest(path.parent, errors)
        yield Source(path, manifest.get(path.name, {}))
        return
    seen: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        _report(errors, InputError(error.filename, f"cannot read this folder ({error.strerror}); skipped"))

    for folder, subfolders, files in os.walk(path, followlinks=True, onerror=unreadable):
        inode = os.stat(folder)
        if (inode.st_dev, inode.st_ino) in seen:  # a symlink loop
            subfolders.clear()
            _report(errors, InputError(folder, "is a symbolic link back to a folder above it"))
            continue
        seen.add((inode.st_dev, inode.st_ino))
        subfolders.sort()
        manifest = _manifest(Path(folder), errors)
        for name in sorted(files):
            if name.endswith(SUFFIXES):
                yield Source(Path(folder) / name, manifest.get(name, {}))
        for name in sorted(set(manifest) - set(files)):
            _report(
                errors,
                InputError(Path(folder) / "manifest.json", f"names {name!r}, which is not in the folder"),
            )


def _report(errors: list[InputError] | None, error: InputError) -> None:
    if errors is None:
        raise error
    errors.append(error)


def _manifest(folder: Path, errors: list[InputError] | None) -> dict[str, dict[str, str | None]]:
    path = folder / "manifest.json"
    if not path.is_file():
        return {}
    try:
        return parse_manifest(path.read_bytes(), path)
    except InputError as error:
        _report(errors, error)
        return {}
    except OSError as error:
        _report(errors, InputError(path, f"cannot read it ({error.strerror})"))
        return {}


def parse_manifest(data: bytes, path: Path | str = "manifest.json") -> dict[str, dict[str, str | None]]:
    """Entries of a manifest (a JSON array of objects with a "file" key), by file name.

    Raises InputError when it is not JSON or an entry has the wrong shape or an
    impossible date.

    >>> parse_manifest('[{"file": "a.txt", "outlet": "ایرنا"}]'.encode())["a.txt"]["outlet"]
    'ایرنا'
    """
    try:
        entries = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(path, f"is not valid JSON ({error})") from None
    if not isinstance(entries, list):
        raise InputError(path, "must be a JSON array of objects, one per report file")
    return {entry["file"]: entry for entry in (_entry(e, i, path) for i, e in enumerate(entries))}


def _entry(entry: object, index: int, path: Path | str) -> dict[str, str | None]:
    where = f"entry {index + 1}"
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        raise InputError(path, f'{where} must be an object with a string "file"')
    for field, kind in _MANIFEST_FIELDS.items():
        value = entry.get(field)
        if value is not None and not isinstance(value, kind):
            raise InputError(path, f"{where} ({entry['file']}): {field!r} must be a string or null")
    for field in ("published", "published_after", "published_before"):
        if entry.get(field):
            try:
                parse_date(entry[field])
            except ValueError as error:
                raise InputError(path, f"{where} ({entry['file']}): {field} {error}") from None
    return entry


def parse_date(text: str) -> date:
    """An ISO date, Gregorian or Jalali (years before 1700 are read as Jalali).

    Raises ValueError for anything else, including impossible dates.

    >>> parse_date("1402-01-01"), parse_date("2023-03-21")
    (datetime.date(2023, 3, 21), datetime.date(2023, 3, 21))
    """
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date like 2023-03-21 or 1402-01-01")
    year, month, day = map(int, match.groups())
    try:
        if year < 1700:
            from persiantools.jdatetime import JalaliDate

            return JalaliDate(year, month, day).to_gregorian()
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None


def read_report(source: Source, *, max_bytes: int = MAX_BYTES) -> Report:
    """Read and check one report file. Raises InputError naming the file."""
    path = source.path
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                path,
                f"is {size / 1e6:.1f} MB; reports over {max_bytes / 1e6:.0f} MB are refused "
                "(split it, or raise --max-size)",
            )
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read it ({error.strerror or error})") from None
    text = decode(data, path)
    meta = source.meta
    return Report(
        name=path.name,
        text=text,
        outlet=meta.get("outlet"),
        via=meta.get("via"),
        url=meta.get("url"),
        published=_date(meta.get("published")),
        published_after=_date(meta.get("published_after")),
        published_before=_date(meta.get("published_before")),
        date_note=meta.get("date_note"),
    )


def _date(value: str | None) -> date | None:
    return parse_date(value) if value else None


def decode(data: bytes, path: Path | str = "<bytes>") -> str:
    """The text of a report file: UTF-8 (a BOM is fine) or UTF-16 with a BOM.

    Raises InputError for binary data, other encodings, HTML, empty text and text
    with no Persian in it.

    >>> decode("سلام".encode("utf-16"))
    'سلام'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode(data, "utf-16", path)
    else:
        if b"\x00" in data[:4096]:
            raise InputError(path, "is a binary file, not text")
        text = _decode(data, "utf-8-sig", path)
    return check_text(text, path)


def _decode(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            path,
            f"is not valid {encoding.removesuffix('-sig').upper()} (byte {data[error.start]:#04x} "
            f"at offset {error.start}); save it as UTF-8",
        ) from None


def check_text(text: str, path: Path | str = "<text>") -> str:
    """Refuse text that cannot be a Persian report; return it unchanged otherwise."""
    if not text.strip():
        raise InputError(path, "is empty" if not text else "holds only whitespace")
    if _HTML.search(text[:2000]):
        raise InputError(path, "looks like an HTML page; save the article's text instead")
    if not _PERSIAN.search(text):
        raise InputError(path, "has no Persian text")
    if "\x00" in text:
        raise InputError(path, "contains NUL characters; is it a binary file?")
    return text
