"""Which number phrases are figures, and their units: a table of short agency-style strings.

Each string runs through the same normalisation as a report, then :func:`find_figures`.
"""

from __future__ import annotations

import pytest

from claimgraph.loaders.figures import unit_at
from claimgraph.loaders.normalize import normalize_text

# (text after a number, unit key); the unit may carry an adjectival ending
UNITS: list[tuple[str, str | None]] = [
    (" اینچی", "inch"),
    (" میلیمتر", "millimetre"),
    (" میلی‌متر", "millimetre"),
    (" سانتی متر", "centimetre"),
    (" گیگابایتی", "gigabyte"),
    (" مگابایت", "megabyte"),
    (" ترابایت", "terabyte"),
    (" کیلومتر مربع", "square_kilometre"),
    (" کیلومتر", "kilometre"),
    (" کیلومتر در ساعت", "kilometre_per_hour"),
    (" مایل دریایی", "nautical_mile"),
    (" مایل", "mile"),
    (" گره دریایی", "knot"),
    (" کیلووات", "kilowatt"),
    (" کیلووات ساعت", "kilowatt_hour"),
    (" گیگاوات", "gigawatt"),
    (" مگاوات‌ساعت", "megawatt_hour"),
    (" ثانیه", "second"),
    (" هفته", "week"),
    (" دهه", "decade"),
    (" تختخوابی", "bed"),
    (" تخت خواب", "bed"),
    (" روستایی", "village"),
    (" مدرسه‌ای", "school"),
    (" دانش آموز", "student"),
    (" دانش‌آموز", "student"),
    (" اصله", "tree"),
    (" فروند", "aircraft"),
    (" قبضه", "weapon"),
    (" عدد", "piece"),
    (" جفت", "pair"),
    (" گرما", None),
]


@pytest.mark.parametrize(("after", "key"), UNITS)
def test_unit_forms(after: str, key: str | None) -> None:
    text = normalize_text("۱۰" + after).text
    assert unit_at(text, 2)[0] == key
