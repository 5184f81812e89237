"""Robust on anything: the loaders never raise and never give spans outside the text.

The hypothesis tests run in well under a minute. The real-corpus test is marked ``slow``
(minutes); deselect it with ``-m "not slow"``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import ROOT, SHARED

ZWNJ = "\u200c"
# Pieces of Persian news text: letters, words the grammar cares about, digits of three
# scripts, separators, punctuation, quotes, reporting verbs and Arabic ي/ك.
PIECES = [
    *"ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكءآأؤئة",
    *"0123456789",
    *"۰۱۲۳۴۵۶۷۸۹",
    *"٠١٢٣٤٥٦٧٨٩",
    ZWNJ,
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u200e",
    "\u200f",
    *"،.:؛؟!()[]«»\"'-/٫٬,%٪",
    "هزار",
    "میلیون",
    "میلیارد",
    "هزار میلیارد",
    "همت",
    "و",
    " و ",
    "نیم",
    " و نیم",
    "صد",
    "صدها",
    "ده‌ها",
    "چند",
    "اندی",
    "یک",
    "دو",
    "سه",
    "بیست",
    "سی",
    "هفتصد",
    "یکصد",
    "دهم",
    "صدم",
    "ممیز",
    "تا",
    "الی",
    "بین",
    "درصد",
    "در صد",
    "تومان",
    "ریال",
    "دلار",
    "نفر",
    "بشکه",
    "برابر",
    "ساله",
    "ماهه",
    "سوم",
    "سومین",
    "هفتمین",
    "ام",
    "امین",
    "تایی",
    "ی",
    "بیش از",
    "کمتر از",
    "حدود",
    "بالغ بر",
    "تقریبا",
    "گفت:",
    "افزود:",
    "اظهار داشت",
    "اظهارداشت",
    "تصریح کرد",
    "وی",
    "به گزارش ایرنا، ",
    "به نقل از روابط عمومی ",
    "علی رضایی",
    "مدیرکل",
    "وزیر",
    "سال ۱۴۰۱",
    "سال‌های ۱۴۰۰ و ۱۴۰۱",
    "امسال",
    "دو ماه گذشته",
    "فروردین",
    "اسفند",
    "۱۴۰۲/۰۱/۱۵",
    "۱۰:۳۰",
    "سه شنبه",
    "به این عدد",
    "نسبت به",
    "۱,۲۰۰,۰۰۰",
    "1.5",
    "۱٫۵",
    "abc",
    "x1",
]

persian_like = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
mixed = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join)

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_extraction(text: str) -> None:
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    result = extract(Report("h.txt", text))
    for figure in result.figures:
        assert 0 <= figure.start <= figure.end <= len(text), (figure.start, figure.end, len(text))
        assert text[figure.start : figure.end] == figure.surface, (figure.start, figure.end, figure.surface)
    for st_ in result.statements:
        assert 0 <= st_.start <= st_.cue_start < st_.cue_end <= st_.end <= len(text), (
            st_.start,
            st_.cue_start,
            st_.cue_end,
            st_.end,
            len(text),
        )
    for figure in result.figures:
        if figure.statement is not None:
            assert 0 <= figure.statement < len(result.statements)


def _check_numbers(text: str) -> None:
    from claimgraph.loaders.numbers import find_numbers

    for phrase in find_numbers(text):
        assert 0 <= phrase.start <= phrase.end <= len(text), (phrase.start, phrase.end, len(text))


@SETTINGS
@given(st.text())
def test_extract_never_raises_on_any_unicode(text: str) -> None:
    _check_extraction(text)


@SETTINGS
@given(persian_like)
def test_extract_never_raises_on_persian_like_text(text: str) -> None:
    _check_extraction(text)


@SETTINGS
@given(mixed)
def test_extract_never_raises_on_persian_mixed_with_anything(text: str) -> None:
    _check_extraction(text)


@SETTINGS
@given(st.text())
def test_find_numbers_never_raises_on_any_unicode(text: str) -> None:
    _check_numbers(text)


@SETTINGS
@given(persian_like)
def test_find_numbers_never_raises_on_persian_like_text(text: str) -> None:
    _check_numbers(text)


@SETTINGS
@given(st.binary(max_size=300))
def test_decode_raises_only_input_error_on_any_bytes(data: bytes) -> None:
    from claimgraph.loaders.read import InputError, decode

    try:
        text = decode(data, "b.txt")
    except InputError as error:
        assert "b.txt" in str(error)
    else:
        assert isinstance(text, str) and text.strip()


# -- the real corpus -------------------------------------------------------------------------

CORPUS = SHARED / "corpus" / "fars-news"
# What stderr may hold besides: progress lines, the identity pass and compaction notices
# and the summary line.
_PROGRESS = re.compile(
    r"^(\d+/\d+ reports \([\d.]+/s\), \d+ figures"
    r"|linking people, bodies and quantities across reports…"
    r"|compacting the store \(merging the files this ingest wrote\)…)$"
)
_SUMMARY = re.compile(r"^\d+ stored \(\d+ as new versions\), \d+ unchanged, \d+ failed; .*reports/s\)$")


def _claimgraph() -> list[str]:
    exe = Path(sys.executable).with_name("claimgraph")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "claimgraph.graph.cli"]


@pytest.mark.slow
@pytest.mark.corpus
def test_real_corpus_ingests_without_failures_or_warnings(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is not here")
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    reports = tmp_path / "fars"
    count = corpus.write_reports(CORPUS, reports)
    assert count == 1500
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [*_claimgraph(), "ingest", str(reports), "--store", str(tmp_path / "store")],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    failed = [line for line in lines if "skipped" in line]
    other = [line for line in lines if not (_PROGRESS.match(line) or _SUMMARY.match(line))]
    assert done.returncode == 0, f"exit {done.returncode}; failed: {failed[:10]}\n{done.stderr[-3000:]}"
    assert not failed, failed[:10]
    assert "Traceback" not in done.stderr and "Warning" not in done.stderr, done.stderr[-3000:]
    assert not other, f"unexpected stderr lines: {other[:10]}"
    # The corpus holds 10 exact duplicates (same text and link): those count as unchanged.
    summary = re.match(r"^(\d+) stored \(\d+ as new versions\), (\d+) unchanged, (\d+) failed", lines[-1])
    assert summary, lines[-1]
    stored, unchanged, failures = map(int, summary.groups())
    assert stored + unchanged == 1500 and failures == 0, lines[-1]


@SETTINGS
@given(mixed, st.text(min_size=1, max_size=12), st.text(max_size=12))
def test_stored_nquads_read_back_as_exactly_the_extracted_triples(text: str, name: str, outlet: str) -> None:
    # The writer loads what workers write; any name, outlet or text (quotes, backslashes,
    # line breaks, control characters) must come back as the same terms.
    import pyoxigraph as ox

    from claimgraph.graph.ingest import nquads
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract
    from claimgraph.loaders.rdf import to_triples

    graph, triples = to_triples(extract(Report(name, "گفت: " + text, outlet=outlet or None)))
    read = set(ox.parse(nquads(graph, triples), format=ox.RdfFormat.N_QUADS))
    assert read == {ox.Quad(s, p, o, graph) for s, p, o in triples}
