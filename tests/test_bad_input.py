"""Bad input: every bad file is named on stderr with what was wrong, the exit code is not
zero, there is no traceback, and the good files of the same batch are stored."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.graph.cli import main

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
NAMES = ["علی رضایی", "مریم احمدی", "حسین کریمی", "زهرا موسوی", "رضا صادقی"]
ROLES = ["مدیرکل بیمه استان تهران", "معاون وزیر نیرو", "رئیس سازمان برنامه", "مدیرعامل شرکت نفت"]
OUTLETS = ["ایرنا", "فارس", "مهر", "ایسنا"]
SUMMARY = re.compile(r"(\d+) stored \(\d+ as new versions\), (\d+) unchanged, (\d+) failed")


def cp1256(text: str) -> bytes:
    """Persian in Windows-1256 (with Arabic ي/ك, as old agency systems wrote it): not UTF-8."""
    arabic = text.replace("ی", "ي").replace("ک", "ك").replace("\u200c", "")
    return arabic.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).encode("cp1256")


def fa(number: int) -> str:
    return str(number).translate(FA)


def good_text(i: int) -> str:
    """A short report of our own; the numbers depend on ``i`` so reports differ."""
    return (
        f"به گزارش {OUTLETS[i % 4]}، {NAMES[i % 5]} {ROLES[i % 4]} گفت: امسال {fa(120 + i)} هزار نفر "
        f"بیمه شدند.\nوی افزود: در سال ۱۴۰۱ حدود {fa(3 + i % 40)} میلیارد تومان برای این طرح هزینه شد "
        f"و بیش از {fa(10 + i % 85)} درصد کارها انجام شده است.\n"
    )


def write_good(folder: Path, name: str, i: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(good_text(i), encoding="utf-8")
    return path


def cli(*args: str):
    """Run the CLI in this process; exceptions are caught so a traceback shows as result.exception."""
    return CliRunner().invoke(main, list(args))


def assert_no_traceback(result) -> None:
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        tb = "".join(traceback.format_exception(result.exception))
        pytest.fail(f"uncaught {type(result.exception).__name__} (a traceback for the user):\n{tb[-2500:]}")
    assert "Traceback" not in result.stderr, result.stderr


def stored_files(store: Path) -> list[str]:
    """Source file names of every report in the store (one entry per report graph)."""
    from claimgraph.graph.store import open_store

    db = open_store(store, read_only=True)
    rows = db.select("SELECT ?f WHERE { GRAPH ?g { ?g a cg:Report ; cg:sourceFile ?f } }").rows
    return sorted(r[0] for r in rows)


def line_naming(stderr: str, name: str) -> str:
    lines = [line for line in stderr.splitlines() if name in line]
    assert lines, f"stderr does not name {name!r}:\n{stderr}"
    return "\n".join(lines)


def claimgraph_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("claimgraph")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "claimgraph.graph.cli"]


def run_subprocess(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    try:
        return subprocess.run(
            [*claimgraph_cmd(), *args], capture_output=True, text=True, env=env, timeout=timeout
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"`claimgraph {' '.join(args)}` did not finish within {timeout} s: {error}")


# -- one bad file next to a good one ----------------------------------------------------------

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
    + bytes(range(256)) * 8
)


def _png(path: Path) -> None:
    path.write_bytes(PNG)


def _cp1256(path: Path) -> None:  # Persian in Windows-1256: not valid UTF-8
    path.write_bytes(cp1256(good_text(7)))


def _broken_utf8(path: Path) -> None:  # valid UTF-8 with a truncated sequence in the middle
    data = good_text(8).encode("utf-8")
    path.write_bytes(data[:40] + b"\xd8" + b" " + data[40:])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _whitespace(path: Path) -> None:
    path.write_text(" \n\t  \r\n\u00a0\n   \n", encoding="utf-8")


def _html(path: Path) -> None:
    path.write_text(
        "<!DOCTYPE html>\n<html lang='fa'><head><title>خبر</title></head>\n<body><div class='news'>"
        f"<p>{good_text(9)}</p></div><script>var x = 1;</script></body></html>\n",
        encoding="utf-8",
    )


def _english(path: Path) -> None:
    path.write_text(
        "According to IRNA, the minister said 120 thousand people were insured this year.\n", "utf-8"
    )


def _nul_late(path: Path) -> None:  # a NUL beyond the first 4096 bytes
    path.write_text(good_text(10) * 60 + "\x00" + good_text(11), encoding="utf-8")


def _fifty_mb(path: Path) -> None:
    block = (good_text(12) * 200).encode("utf-8")
    with path.open("wb") as out:
        while out.tell() < 50 * 1024 * 1024:
            out.write(block)


def _dangling_symlink(path: Path) -> None:
    path.symlink_to(path.parent / "nowhere" / "gone.txt")


BAD_FILES: list[tuple[str, Callable[[Path], None], str]] = [
    ("png", _png, r"binary"),
    ("cp1256", _cp1256, r"UTF-8"),
    ("broken_utf8", _broken_utf8, r"UTF-8"),
    ("empty", _empty, r"empty"),
    ("whitespace", _whitespace, r"whitespace"),
    ("html", _html, r"HTML"),
    ("no_persian", _english, r"Persian"),
    ("nul_after_4k", _nul_late, r"NUL|binary"),
    ("fifty_mb", _fifty_mb, r"MB"),
    ("dangling_symlink", _dangling_symlink, r"cannot read|no such|not found"),
]


@pytest.mark.parametrize(("kind", "write", "problem"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_named_and_good_file_stored(
    tmp_path: Path, kind: str, write: Callable[[Path], None], problem: str
) -> None:
    reports = tmp_path / "reports"
    write_good(reports, "good.txt", 1)
    bad = reports / f"bad_{kind}.txt"
    write(bad)
    store = tmp_path / "store"
    result = cli("ingest", str(reports), "--store", str(store), "-q")
    assert_no_traceback(result)
    assert result.exit_code == 1, f"exit {result.exit_code}, wanted 1\n{result.stderr}"
    message = line_naming(result.stderr, bad.name)
    assert re.search(problem, message, re.IGNORECASE), f"message does not say what was wrong: {message}"
    assert stored_files(store) == ["good.txt"]
    counts = SUMMARY.search(result.stderr)
    assert counts and counts.groups() == ("1", "0", "1"), result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_are_read_like_utf8(tmp_path: Path, encoding: str) -> None:
    """The tool reads UTF-16 with a BOM (and UTF-8 with a BOM) rather than refusing it:
    the report is stored with the same figures as its UTF-8 twin."""
    text = good_text(3)
    plain, other = tmp_path / "plain", tmp_path / "other"
    plain.mkdir(), other.mkdir()
    (plain / "a.txt").write_text(text, encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (other / "a.txt").write_bytes(data)
    rows = {}
    for folder in (plain, other):
        store = folder.with_suffix(".store")
        result = cli("ingest", str(folder), "--store", str(store), "-q")
        assert_no_traceback(result)
        if folder is other and result.exit_code != 0:
            # Refusing is acceptable only with a clear message naming the file and the encoding.
            message = line_naming(result.stderr, "a.txt")
            assert re.search("UTF-?16|BOM|encoding", message, re.IGNORECASE), message
            pytest.fail(f"{encoding} with a BOM is refused (acceptable but noted): {message}")
        assert result.exit_code == 0, result.stderr
        out = cli("query", "figures", "--store", str(store), "--format", "json")
        assert out.exit_code == 0, out.stderr
        rows[folder.name] = [(r["start"], r["end"], r["surface"], r["value"]) for r in json.loads(out.stdout)]
    assert rows["plain"] and rows["other"] == rows["plain"]


# -- manifests --------------------------------------------------------------------------------

BAD_MANIFESTS: list[tuple[str, bytes, str]] = [
    ("not_json", b'[{"file": "a.txt", "outlet": "\xd8\xa7\xdb\x8c\xd8\xb1\xd9\x86\xd8\xa7"', r"JSON"),
    ("not_utf8", cp1256('[{"file": "a.txt", "outlet": "ایرنا"}]'), r"JSON|UTF-8"),
    ("object_not_array", json.dumps({"a.txt": {"outlet": "ایرنا"}}).encode(), r"array"),
    ("outlet_is_number", json.dumps([{"file": "a.txt", "outlet": 5}]).encode(), r"outlet"),
    ("file_is_number", json.dumps([{"file": 3, "outlet": "ایرنا"}]).encode(), r"file"),
    ("entry_is_string", json.dumps(["a.txt"]).encode(), r"entry|object"),
    (
        "published_is_list",
        json.dumps([{"file": "a.txt", "published": ["2023-01-01"]}]).encode(),
        r"published",
    ),
    ("gregorian_feb_30", json.dumps([{"file": "a.txt", "published": "2023-02-30"}]).encode(), r"2023-02-30"),
    ("jalali_month_13", json.dumps([{"file": "a.txt", "published": "1402-13-01"}]).encode(), r"1402-13-01"),
    (
        "after_is_garbage",
        json.dumps([{"file": "a.txt", "published_after": "yesterday"}]).encode(),
        r"yesterday",
    ),
    (
        "names_missing_file",
        json.dumps([{"file": "gone.txt", "outlet": "ایرنا"}], ensure_ascii=False).encode(),
        r"gone\.txt",
    ),
]


@pytest.mark.parametrize(("kind", "data", "problem"), BAD_MANIFESTS, ids=[m[0] for m in BAD_MANIFESTS])
def test_bad_manifest_is_named_and_reports_still_stored(
    tmp_path: Path, kind: str, data: bytes, problem: str
) -> None:
    reports = tmp_path / "reports"
    write_good(reports, "a.txt", 1)
    write_good(reports, "b.txt", 2)
    (reports / "manifest.json").write_bytes(data)
    store = tmp_path / "store"
    result = cli("ingest", str(reports), "--store", str(store), "-q")
    assert_no_traceback(result)
    assert result.exit_code != 0, f"exit 0 although manifest.json is bad ({kind})\n{result.stderr}"
    message = line_naming(result.stderr, "manifest.json")
    assert re.search(problem, message, re.IGNORECASE), f"message does not say what was wrong: {message}"
    files = stored_files(store)
    assert "b.txt" in files, files  # b.txt is not named by the broken entry
    assert "a.txt" in files or "a.txt" in result.stderr, (files, result.stderr)


def test_good_manifest_dates_jalali_and_gregorian_are_accepted(tmp_path: Path) -> None:
    """Control for the manifest cases: valid dates of both calendars give exit 0."""
    reports = tmp_path / "reports"
    write_good(reports, "a.txt", 1)
    write_good(reports, "b.txt", 2)
    manifest = [
        {"file": "a.txt", "outlet": "ایرنا", "published": "1402-12-29"},
        {"file": "b.txt", "outlet": "فارس", "published_after": "2024-02-29", "published_before": None},
    ]
    (reports / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    result = cli("ingest", str(reports), "--store", str(tmp_path / "store"), "-q")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert stored_files(tmp_path / "store") == ["a.txt", "b.txt"]


# -- unreadable files, symlink loops, paths -------------------------------------------------------

root_skip = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="running as root: chmod 000 does not block reads"
)


@root_skip
def test_unreadable_file_is_named(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    write_good(reports, "good.txt", 1)
    bad = write_good(reports, "locked.txt", 2)
    bad.chmod(0)
    try:
        result = cli("ingest", str(reports), "--store", str(tmp_path / "store"), "-q")
    finally:
        bad.chmod(0o644)
    assert_no_traceback(result)
    assert result.exit_code == 1, result.stderr
    assert re.search("permission|cannot read", line_naming(result.stderr, "locked.txt"), re.IGNORECASE)
    assert stored_files(tmp_path / "store") == ["good.txt"]


@root_skip
def test_unreadable_manifest_is_named(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    write_good(reports, "good.txt", 1)
    manifest = reports / "manifest.json"
    manifest.write_text('[{"file": "good.txt", "outlet": "ایرنا"}]', encoding="utf-8")
    manifest.chmod(0)
    try:
        result = cli("ingest", str(reports), "--store", str(tmp_path / "store"), "-q")
    finally:
        manifest.chmod(0o644)
    assert_no_traceback(result)
    assert result.exit_code == 1, result.stderr
    assert re.search("permission|cannot read", line_naming(result.stderr, "manifest.json"), re.IGNORECASE)
    assert stored_files(tmp_path / "store") == ["good.txt"]


@root_skip
def test_unreadable_subfolder_is_named(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    write_good(reports, "good.txt", 1)
    locked = reports / "locked"
    write_good(locked, "inside.txt", 2)
    locked.chmod(0)
    try:
        result = cli("ingest", str(reports), "--store", str(tmp_path / "store"), "-q")
    finally:
        locked.chmod(0o755)
    assert_no_traceback(result)
    assert result.exit_code == 1, (
        f"exit {result.exit_code}: an unreadable folder went unreported\n{result.stderr}"
    )
    line_naming(result.stderr, "locked")
    assert stored_files(tmp_path / "store") == ["good.txt"]


@pytest.mark.parametrize("target", ["..", "."], ids=["link_to_parent", "link_to_itself"])
def test_symlink_loop_is_named_and_walk_ends(tmp_path: Path, target: str) -> None:
    reports = tmp_path / "reports"
    write_good(reports, "good.txt", 1)
    sub = reports / "sub"
    write_good(sub, "inner.txt", 2)
    (sub / "loop").symlink_to(target, target_is_directory=True)
    store = tmp_path / "store"
    done = run_subprocess(["ingest", str(reports), "--store", str(store), "-q"], timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, f"exit {done.returncode}\n{done.stderr}"
    message = line_naming(done.stderr, "loop")
    assert re.search("loop", message, re.IGNORECASE), message
    assert stored_files(store) == ["good.txt", "inner.txt"]
    counts = SUMMARY.search(done.stderr)
    assert counts and counts.group(1) == "2" and counts.group(2) == "0", done.stderr


def test_missing_path_is_named_and_others_stored(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    write_good(reports, "good.txt", 1)
    missing = tmp_path / "no-such-folder"
    result = cli("ingest", str(missing), str(reports), "--store", str(tmp_path / "store"), "-q")
    assert_no_traceback(result)
    assert result.exit_code == 1, result.stderr
    assert re.search("no such", line_naming(result.stderr, "no-such-folder"), re.IGNORECASE)
    assert stored_files(tmp_path / "store") == ["good.txt"]


def test_only_bad_files_exit_2(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    _png(reports / "a.txt")
    _empty(reports / "b.txt")
    result = cli("ingest", str(reports), "--store", str(tmp_path / "store"), "-q")
    assert_no_traceback(result)
    assert result.exit_code == 2, result.stderr
    line_naming(result.stderr, "a.txt")
    line_naming(result.stderr, "b.txt")


def test_store_path_that_is_a_file_exit_2(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    write_good(reports, "good.txt", 1)
    not_a_store = tmp_path / "store.txt"
    not_a_store.write_text("x", encoding="utf-8")
    result = cli("ingest", str(reports), "--store", str(not_a_store), "-q")
    assert_no_traceback(result)
    assert result.exit_code == 2, result.stderr
    line_naming(result.stderr, "store.txt")


# -- big inputs and whole batches ----------------------------------------------------------------


def test_ten_thousand_line_paragraph_is_ingested_or_refused(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    write_good(reports, "good.txt", 1)
    lines = []
    for i in range(10_000):
        lines.append(
            f"{NAMES[i % 5]} {ROLES[i % 4]} گفت: در سال ۱۴۰{i % 3} حدود {fa(i + 1)} هزار نفر بیمه شدند و "
            f"بیش از {fa(i % 97 + 1)} درصد کارها انجام شد"
        )
    (reports / "long.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    done = run_subprocess(["ingest", str(reports), "--store", str(store), "-q"], timeout=300)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode in (0, 1), f"exit {done.returncode}\n{done.stderr[-3000:]}"
    files = stored_files(store)
    assert "good.txt" in files
    if done.returncode == 0:
        assert files == ["good.txt", "long.txt"]
    else:
        assert "long.txt" not in files
        line_naming(done.stderr, "long.txt")


def test_hundred_good_and_one_bad(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    for i in range(100):
        write_good(reports, f"r{i:03d}.txt", i)
    _png(reports / "r050_picture.txt")
    store = tmp_path / "store"
    result = cli("ingest", str(reports), "--store", str(store), "-q")
    assert_no_traceback(result)
    assert result.exit_code == 1, result.stderr
    line_naming(result.stderr, "r050_picture.txt")
    assert len(stored_files(store)) == 100
    counts = SUMMARY.search(result.stderr)
    assert counts, result.stderr
    assert counts.group(1) == "100" and counts.group(3) == "1", counts.group(0)


def test_every_bad_kind_in_one_batch_real_process(tmp_path: Path) -> None:
    """The whole zoo at once through the installed command: no traceback, no Python warning,
    every bad file named, the good ones stored."""
    reports = tmp_path / "reports"
    write_good(reports, "good1.txt", 1)
    write_good(reports, "good2.txt", 2)
    bad = []
    for kind, write, _ in BAD_FILES:
        if kind == "fifty_mb":
            continue
        path = reports / f"bad_{kind}.txt"
        write(path)
        bad.append(path.name)
    sub = reports / "sub"
    write_good(sub, "good3.txt", 3)
    (sub / "manifest.json").write_text('[{"file": "good3.txt", "published": "2023-02-30"}]', encoding="utf-8")
    store = tmp_path / "store"
    done = run_subprocess(["ingest", str(reports), "--store", str(store)], timeout=300)
    assert "Traceback" not in done.stderr and "Warning" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr
    for name in [*bad, "manifest.json"]:
        line_naming(done.stderr, name)
    assert stored_files(store) == ["good1.txt", "good2.txt", "good3.txt"]
    counts = SUMMARY.search(done.stderr)
    assert counts and counts.group(1) == "3" and int(counts.group(3)) == len(bad) + 1, done.stderr
