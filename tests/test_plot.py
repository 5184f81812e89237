"""The metric timeline: a real PNG, points where the reports put them, Persian text joined."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.graph import plot
from claimgraph.graph.network import NetworkError, example, project
from claimgraph.graph.store import open_store

ZWNJ = "\u200c"
LATER = f"میرهاشم موسوی — اخبار ملل\nدولت آیت{ZWNJ}الله شهید رئیسی"  # the 2,700,000 point's label


@pytest.fixture(scope="module")
def graph(seed_store):
    return project(open_store(seed_store, read_only=True))


def test_timeline_is_a_png_of_reasonable_size(graph, tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    drawn = plot.plot_timeline(graph, "new-insured-persons", out)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert 20_000 < len(data) < 2_000_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 800 and height >= 400
    assert len(drawn.points) == 3 and drawn.undated == drawn.other_units == 0


def test_points_sit_in_the_middle_of_the_report_window_with_bounds(graph) -> None:
    points, undated = plot.points(graph, plot.find_metric(graph, "new-insured-persons"))
    later = next(p for p in points if p.value == 2_700_000)
    assert later.window == (date(2024, 5, 20), date(2024, 8, 21)) and later.when == date(2024, 7, 5)
    assert (later.lower, later.upper) == (2_700_000, None)  # «بیش از»: a lower bound only
    earlier = next(p for p in points if p.value == 1_700_000)
    assert (earlier.lower, earlier.upper) == (1_615_000, 1_785_000)
    assert later.label == LATER and undated == 0


def test_a_metric_is_found_by_key_persian_label_or_iri(graph) -> None:
    node = plot.find_metric(graph, "new-insured-persons")
    assert plot.find_metric(graph, f"بیمه{ZWNJ}شده جدید") == node
    assert plot.find_metric(graph, "بیمه شده جدید") == node  # written without the ZWNJ
    assert plot.find_metric(graph, node) == node
    with pytest.raises(NetworkError, match="no metric 'nothing-like-it'"):
        plot.find_metric(graph, "nothing-like-it")


@pytest.mark.parametrize("lays_out", [True, False])
def test_matplotlib_gets_the_text_it_can_draw(graph, tmp_path: Path, monkeypatch, lays_out: bool) -> None:
    """Shaped, visual-order text for a matplotlib that draws glyph by glyph; the text as it
    is for one that lays it out itself (3.11+, libraqm), which would reverse shaped text."""
    monkeypatch.setattr(plot, "_lays_out_text", lambda: lays_out)
    drawn = plot.plot_timeline(graph, "new-insured-persons", tmp_path / "t.png")
    assert (LATER in drawn.texts) is lays_out
    assert (plot.visual(LATER) in drawn.texts) is not lays_out
    title = next(t for t in drawn.texts if "new-insured-persons" in t)
    assert (f"بیمه{ZWNJ}شده جدید" in title) is lays_out


# Shaping: (text, what the visual form must be) — presentation forms, right to left.
VISUAL = [
    ("فارس", "\ufeb1\ufead\ufe8e\ufed3"),  # س ر ا ف: isolated س after non-joining ر, initial ف
    (f"به{ZWNJ}روز", f"\ufeaf\ufeed\ufead{ZWNJ}\ufeea\ufe91"),  # ZWNJ keeps ه final, not medial
    ("لا", "\ufefb"),  # lam–alef, the one ligature Persian needs
    ("الله", "\ufeea\ufee0\ufedf\ufe8d"),  # no ﷲ: DejaVu Sans has no glyph for it
    ("سال ۱۴۰۰", "۱۴۰۰ \ufedd\ufe8e\ufeb3"),  # digits keep their left-to-right order
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), VISUAL)
def test_visual_text_is_joined_and_right_to_left(text: str, expected: str) -> None:
    assert plot.visual(text) == expected


def test_multi_line_labels_keep_their_line_order() -> None:
    assert plot.visual("فارس\nلا").split("\n") == [plot.visual("فارس"), plot.visual("لا")]


def test_the_font_has_a_glyph_for_every_character_drawn(graph) -> None:
    import matplotlib.font_manager as fm
    from matplotlib.ft2font import FT2Font

    font = FT2Font(fm.findfont(plot.FONT, fallback_to_default=False))
    assert "DejaVuSans" in font.postscript_name
    charmap = font.get_charmap()
    labels = [p.label for p in plot.points(graph, plot.find_metric(graph, "new-insured-persons"))[0]]
    for text in [*labels, *(plot.visual(label) for label in labels)]:
        assert not [c for c in text if c != "\n" and ord(c) not in charmap], text


def test_a_metric_without_dated_reports_cannot_be_plotted(tmp_path: Path) -> None:
    g = example()
    for node in g:
        g.nodes[node].pop("date", None)
    with pytest.raises(NetworkError, match="none in a report with a date"):
        plot.plot_timeline(g, "new-insured-persons", tmp_path / "t.png")


def test_plot_timeline_command(seed_store: Path, tmp_path: Path) -> None:
    from claimgraph.graph.network_cli import plot as command

    out = tmp_path / "t.png"
    store = ["--store", str(seed_store)]
    ok = CliRunner().invoke(
        command, ["timeline", "-p", "metric", f"بیمه{ZWNJ}شده جدید", "-o", str(out), *store]
    )
    assert ok.exit_code == 0, ok.output
    assert out.read_bytes()[:4] == b"\x89PNG" and "3 figures" in ok.output
    unknown = CliRunner().invoke(command, ["timeline", "-p", "metric", "nope", "-o", str(out), *store])
    assert unknown.exit_code == 2 and "no metric 'nope'" in unknown.output
    missing = CliRunner().invoke(command, ["timeline", "-o", str(out), *store])
    assert missing.exit_code == 2 and "-p metric NAME" in missing.output
