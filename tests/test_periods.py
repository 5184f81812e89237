"""Periods as agency copy writes them: a table of phrases and the dates they stand for."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.loaders.normalize import normalize
from claimgraph.loaders.periods import anchor, find_periods

# (phrase, start, end); None dates: kept as text only (no report date is given here)
PERIODS: list[tuple[str, date | None, date | None]] = [
    ("در سال ۱۴۰۱", date(2022, 3, 21), date(2023, 3, 20)),
    ("سال‌های ۱۴۰۰ و ۱۴۰۱", date(2021, 3, 21), date(2023, 3, 20)),
    ("تیرماه سال ۹۱", date(2012, 6, 21), date(2012, 7, 21)),  # a two-digit year after «سال»
    ("در فصل بهار سال 91", date(2012, 3, 20), date(2012, 6, 20)),
    ("پاییز ۱۴۰۲", date(2023, 9, 23), date(2023, 12, 21)),
    ("در سال 2005", date(2005, 1, 1), date(2005, 12, 31)),  # a Gregorian year in foreign news
    ("در سه ماهه دوم سال 2005", date(2005, 4, 1), date(2005, 6, 30)),  # a Gregorian quarter
    ("شش ماهه دوم سال ۱۴۰۱", date(2022, 9, 23), date(2023, 3, 20)),
    ("پنج ماهه نخست سال ۱۴۰۲", date(2023, 3, 21), date(2023, 8, 22)),
    ("سال گذشته یعنی ۱۴۰۱", date(2022, 3, 21), date(2023, 3, 20)),  # the year spelled out decides
    ("امسال (۱۴۰۲)", date(2023, 3, 21), date(2024, 3, 19)),
    ("سال گذشته", None, None),
    ("سال زراعی ۱۴۰۱-۱۴۰۲", date(2022, 9, 23), date(2023, 9, 22)),
    ("سال زراعی ۱۴۰۲-۱۴۰۱", date(2022, 9, 23), date(2023, 9, 22)),  # keyed right to left
]


@pytest.mark.parametrize(("phrase", "start", "end"), PERIODS)
def test_period(phrase: str, start: date | None, end: date | None) -> None:
    found = find_periods(normalize(phrase), (None, None))
    assert len(found) == 1, found
    assert (found[0].period.start, found[0].period.end) == (start, end)


def test_rolling_year_ends_on_the_same_day_a_year_before() -> None:
    day = date(2025, 11, 3)
    found = find_periods(normalize("در یک سال گذشته"), (day, day))
    assert (found[0].period.start, found[0].period.end) == (date(2024, 11, 3), day)


def test_this_year_is_cut_at_the_report_date_only_for_what_was_done() -> None:
    day = date(2020, 9, 17)
    this_year = find_periods(normalize("امسال"), (day, day))[0].period
    done = anchor(this_year, (day, day), achieved=True)
    planned = anchor(this_year, (day, day), achieved=False)
    assert (done.first, done.last) == (date(2020, 3, 20), day)
    assert (planned.first, planned.last) == (date(2020, 3, 20), date(2021, 3, 20))
