"""Metrics: catalogue labels meet through lemmas; minted metrics meet across spellings."""

from __future__ import annotations

import pytest

from claimgraph.loaders.metrics import UNKNOWN_METRIC, resolve
from claimgraph.loaders.model import Report
from claimgraph.loaders.pipeline import extract

CATALOGUE = [
    (["نفر", "بیمه‌شده", "جدید"], [], "new-insured-persons"),
    (["نفر", "بیمه‌شدگان", "جدید"], [], "new-insured-persons"),  # plural lemma
    ([], ["توسعه", "پوشش", "بیمه‌ای", "با", "اضافه", "شدن"], "new-insured-persons"),
    (["درصد"], ["نرخ", "تورم", "به"], "inflation-rate"),
    (["سال"], ["کاهش", "سن", "صندوق", "از"], "fund-age"),
    (["نفر", "کارکنان", "سازمان"], [], "staff-headcount"),
]


@pytest.mark.parametrize(("after", "before", "expected"), CATALOGUE)
def test_catalogue_labels(after: list[str], before: list[str], expected: str) -> None:
    assert resolve(after, before, unit_words=1 if after else 0).key == expected


def test_minted_metrics_meet_however_the_phrase_is_spaced() -> None:
    one = resolve(["دفتر", "اردیبهشت‌ماه"], [], unit_words=1)
    two = resolve(["دفتر", "اردیبهشت", "ماه"], [], unit_words=1)
    assert one.minted and one.key == two.key


def test_a_figure_with_no_words_for_what_it_measures_is_compared_with_nothing(tmp_path) -> None:
    from claimgraph.graph.ingest import ingest
    from claimgraph.graph.store import open_store
    from claimgraph.queries.runner import bind, get

    text = "به گزارش ایرنا، علی رضایی مدیرکل بهزیستی گفت: ۲۵ و ۴۰."
    assert all(f.metric.key == UNKNOWN_METRIC for f in extract(Report("a.txt", text)).figures)
    for name, body in (("a.txt", text), ("b.txt", text.replace("۲۵", "۲۶"))):
        (tmp_path / name).write_text(body, encoding="utf-8")
    store = open_store(tmp_path / "store")
    ingest([tmp_path / "a.txt", tmp_path / "b.txt"], store)
    query = get("figures-changed")
    assert store.select(query.text, bind(query, {})).rows == []
