"""Who and what across reports: one person, post and body however each report names them;
the identity pass's links as users meet them in the stored queries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.graph.ingest import ingest
from claimgraph.graph.store import open_store
from claimgraph.loaders.identity import body, office_key, person_key
from claimgraph.queries.runner import bind, get

SPELLINGS = [
    ("میرهاشم موسوی", "دکتر میر هاشم موسوی"),  # a title, a space inside the given name
    ("سید مرتضی بختیاری", "مرتضی بختیاری"),  # «سید» is a title, not a name
    ("بهرام عین‌اللهی", "بهرام عین الهی"),  # ZWNJ or space, «الله» written «اله»
    ("علی كريمي", "علی کریمی"),  # Arabic kaf and yeh
]


@pytest.mark.parametrize(("one", "other"), SPELLINGS)
def test_a_name_however_spelled_is_one_person(one: str, other: str) -> None:
    assert person_key(one) == person_key(other)


def test_other_people_stay_apart() -> None:
    assert person_key("علی کریمی") != person_key("رضا کریمی")


BODIES = [
    ("سازمان تأمین‌اجتماعی", "تامین اجتماعی کشور"),
    ("بانک مرکزی جمهوری اسلامی ایران", "بانک مرکزی"),
    ("کمیته امداد امام خمینی (ره)", "کمیته امداد"),
    ("گمرک ایران", "گمرک جمهوری اسلامی ایران"),
    # a body's press office speaks as the body
    ("مرکز اطلاع‌رسانی شرکت بازرگانی دولتی ایران", "شرکت بازرگانی دولتی ایران"),
    ("روابط عمومی سازمان تأمین اجتماعی", "سازمان تامین اجتماعی"),
    ("هلال‌احمر", "جمعیت هلال احمر"),
    ("اداره کل روابط عمومی و امور بین‌الملل صندوق بازنشستگی کشوری", "صندوق بازنشستگی کشوری"),
]


@pytest.mark.parametrize(("one", "other"), BODIES)
def test_a_body_however_written_is_one_body(one: str, other: str) -> None:
    assert body(one).key == body(other).key


@pytest.mark.parametrize(
    "part",
    ["اداره کل تأمین اجتماعی استان مرکزی", "تامین اجتماعی غرب تهران", "تأمین اجتماعی گیلان"],
)
def test_a_provincial_office_is_part_of_the_body_and_not_the_body(part: str) -> None:
    national = body("سازمان تأمین اجتماعی")
    assert body(part).parent == national.key and body(part).key != national.key


def test_a_post_is_one_post_whatever_the_house_style_calls_the_head() -> None:
    assert office_key("مدیرعامل", "سازمان تأمین اجتماعی") == office_key("رئیس", "سازمان تامین اجتماعی")
    assert office_key("معاون", "سازمان تأمین اجتماعی") != office_key("رئیس", "سازمان تأمین اجتماعی")


REPORTS = {
    "a.txt": "به گزارش ایرنا، محمد احمدی مدیرعامل شرکت ملی گاز گفت: مصرف گاز خانگی در حال حاضر به "
    "۶۰۰ میلیون مترمکعب در روز رسیده است.",
    "b.txt": "به گزارش مهر، مدیرعامل شرکت ملی گاز گفت: مصرف گاز خانگی اکنون به ۶۵۰ میلیون مترمکعب "
    "در روز رسیده است.",
    "c.txt": "احمدی: صادرات گاز به ترکیه ۲۰ درصد بیشتر شد\nبه گزارش ایسنا، احمدی در جمع خبرنگاران گفت: "
    "صادرات گاز به ترکیه امسال ۲۰ درصد بیشتر شد.",
}
MANIFEST = [
    {"file": "a.txt", "outlet": "ایرنا", "published": "2025-12-10"},
    {"file": "b.txt", "outlet": "مهر", "published": "2025-12-24"},
    {"file": "c.txt", "outlet": "ایسنا", "published": "2025-12-25"},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(MANIFEST, ensure_ascii=False), encoding="utf-8")
    opened = open_store(tmp_path_factory.mktemp("store") / "s")
    ingest([folder], opened)
    return opened


def _ingested(folder: Path, texts: dict[str, str], published: dict[str, str] | None = None):
    """A fresh store holding these reports (and their publication dates, if given)."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    if published:
        manifest = [{"file": name, "published": day} for name, day in published.items()]
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    opened = open_store(folder / "store")
    ingest([folder], opened)
    return opened


def _rows(store, name: str, **params: str) -> list[dict]:
    query = get(name)
    return store.select(query.text_for(list(params)), bind(query, params)).dicts()


def _speakers_by_report(store) -> dict[str, str]:
    """Each report's speaker as the identity pass knows them (one figure per report)."""
    return {f["report"]: f["speaker_identity"] for f in _rows(store, "figures")}


def test_speakers_lists_one_person_with_every_form_seen(store) -> None:
    rows = [r for r in _rows(store, "speakers") if "احمدی" in r["speaker"]]
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["speaker"] == "محمد احمدی" and row["reports"] == 3
    assert {"احمدی", "مدیرعامل شرکت ملی گاز"} <= set(row["forms"].split(" | "))


def test_a_role_alone_shows_the_holder_another_report_names(store) -> None:
    figures = _rows(store, "figures", report="b.txt")
    assert [(f["speaker"], f["speaker_identity"]) for f in figures] == [("محمد احمدی", "محمد احمدی")]


def test_a_role_alone_is_not_the_holder_another_government_had(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش ایرنا، وزیر راه و شهرسازی گفت: ۵۰ هزار واحد مسکونی تحویل شد.",
        "b.txt": "به گزارش مهر، فرهاد رضایی وزیر راه و شهرسازی گفت: ۷۰ هزار واحد مسکونی تحویل شد.",
        "c.txt": "به گزارش ایسنا، وزیر راه و شهرسازی گفت: ۸۰ هزار واحد مسکونی تحویل شد.",
    }
    # a.txt in the thirteenth government, b.txt and c.txt in the fourteenth
    published = {"a.txt": "2024-04-20", "b.txt": "2024-11-10", "c.txt": "2024-12-01"}
    speakers = _speakers_by_report(_ingested(tmp_path, texts, published))
    assert speakers == {"a.txt": "وزیر راه و شهرسازی", "b.txt": "فرهاد رضایی", "c.txt": "فرهاد رضایی"}


def test_a_role_alone_is_the_person_the_same_report_names_who_holds_it_elsewhere(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش ایرنا، فرهاد رضایی گفت: ۱۲ هزار واحد مسکونی تحویل شد. علی کریمی نماینده مجلس "
        "گفت: ۵ درصد واحدها خالی است. وزیر راه و شهرسازی ادامه داد: ۴۰ هزار واحد مسکونی دیگر تحویل می‌شود.",
        "b.txt": "به گزارش مهر، فرهاد رضایی وزیر راه و شهرسازی گفت: ۷۰ هزار واحد مسکونی تحویل شد.",
    }
    # a.txt in the thirteenth government, b.txt in the fourteenth: no holder by date, but a.txt names him
    published = {"a.txt": "2024-04-20", "b.txt": "2024-11-10"}
    rows = _rows(_ingested(tmp_path, texts, published), "figures", report="a.txt")
    assert {f["surface"]: f["speaker_identity"] for f in rows}["۴۰ هزار واحد مسکونی"] == "فرهاد رضایی"


def test_entities_carry_skos_labels_users_can_query(store) -> None:
    rows = store.select(
        "SELECT ?label WHERE { GRAPH ?g { ?p skos:prefLabel 'محمد احمدی' ; skos:altLabel ?label } }"
    ).rows
    assert ("احمدی",) in rows


def test_the_change_is_paired_across_reports_with_how_the_quantity_matched(store) -> None:
    rows = _rows(store, "figures-changed")
    assert [(r["relation"], r["from"], r["to"], r["match"]) for r in rows] == [
        ("change", "a.txt", "b.txt", "catalogue")
    ]
    assert rows[0]["period_match"] == "different"  # two "now" figures two weeks apart


@pytest.mark.parametrize(
    ("before", "relation", "period_match"),
    [("2025-12-11", "conflict", "same"), ("2026-01-10", "change", "unknown")],
)
def test_now_in_reports_known_to_a_day_or_two_is_one_time(
    tmp_path: Path, before: str, relation: str, period_match: str
) -> None:
    # two outlets' copies known only by a date window: a window of a day or two is as good
    # as a date for «در حال حاضر»; a month-wide one leaves the time open
    window = {"published_after": "2025-12-10", "published_before": before}
    manifest = [{"file": name, **window} for name in ("a.txt", "b.txt")]
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    texts = {"a.txt": REPORTS["a.txt"], "b.txt": REPORTS["a.txt"].replace("۶۰۰", "۶۵۰")}
    opened = _ingested(tmp_path, texts)
    rows = _rows(opened, "figures-changed")
    assert [(r["relation"], r["period_match"]) for r in rows] == [(relation, period_match)]
    assert len(_rows(opened, "figures-conflicting")) == (relation == "conflict")


def test_sure_leaves_out_quantities_matched_only_as_similar(tmp_path: Path) -> None:
    for name, text in {
        "a.txt": "به گزارش ایلنا، حسن طاهری گفت: ظرفیت انبارهای ذخیره‌سازی غلات استان به ۹۰۰ هزار تن رسید.",
        "b.txt": "به گزارش مهر، حسن طاهری گفت: ظرفیت ذخیره‌سازی انبارهای غلات استان ۹۰۰ هزار تن است.",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "manifest.json").write_text(
        '[{"file": "a.txt", "published": "2024-03-01"}, {"file": "b.txt", "published": "2024-03-01"}]',
        encoding="utf-8",
    )
    opened = open_store(tmp_path / "store")
    ingest([tmp_path], opened)
    rows = _rows(opened, "figures-changed")
    assert [(r["relation"], r["match"]) for r in rows] == [("repeat", "similar")]
    assert _rows(opened, "figures-changed", sure="yes") == []


def test_a_name_written_both_ways_is_shown_in_its_standard_spelling(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش ایرنا، حمید فتح‌الهی گفت: امسال ۲۰ بیمارستان افتتاح شد.",
        "b.txt": "به گزارش مهر، حمید فتح‌الهی گفت: امسال ۳۰ درمانگاه افتتاح شد.",
        "c.txt": "به گزارش ایسنا، حمید فتح‌اللهی گفت: امسال ۲۵ بیمارستان افتتاح شد.",
    }
    opened = _ingested(tmp_path, texts)
    rows = _rows(opened, "figures")
    assert {f["speaker_identity"] for f in rows} == {"حمید فتح‌اللهی"}  # «الله» though «اله» is seen more
    # each figure's own speaker is spelled as its report spells them
    assert {f["report"]: f["speaker"] for f in rows} == {
        "a.txt": "حمید فتح‌الهی", "b.txt": "حمید فتح‌الهی", "c.txt": "حمید فتح‌اللهی"}


def test_a_two_word_surname_spaced_in_one_report_and_joined_in_another_is_one_person(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش مهر، سردار رضا کریمی‌پور فرمانده انتظامی استان نمونه گفت: از ابتدای سال ۸ تن "
        "مواد مخدر کشف شده است.",
        "b.txt": "به گزارش ایرنا، سردار کریمی پور فرمانده انتظامی استان نمونه گفت: از ابتدای سال ۹ تن "
        "مواد مخدر کشف شده است.",
        "c.txt": "به گزارش ایسنا، سردار رضا کریمی‌پور گفت: ۹ تن مواد مخدر کشف شد. کریمی پور افزود: "
        "۳۰۰ خودرو توقیف شد.",
    }
    published = {"a.txt": "2025-09-16", "b.txt": "2025-10-07", "c.txt": "2025-10-08"}
    rows = _rows(_ingested(tmp_path, texts, published), "figures")
    speakers = {f["surface"]: f["speaker_identity"] for f in rows}
    assert set(speakers.values()) == {"رضا کریمی‌پور"}, speakers


def test_a_surname_in_one_post_in_two_reports_is_one_person_with_no_given_name_seen(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش مهر، کریمی، سرپرست سازمان امداد و نجات جمعیت هلال احمر گفت: در یک هفته گذشته به "
        "۲۳۱۴ نفر امدادرسانی شد.",
        "b.txt": "به گزارش ایسنا، کریمی، سرپرست سازمان امداد و نجات جمعیت هلال احمر گفت: در یک هفته گذشته به "
        "۱۹۸۷ نفر امدادرسانی شد.",
    }
    opened = _ingested(tmp_path, texts, {"a.txt": "2025-11-01", "b.txt": "2025-11-08"})
    [row] = _rows(opened, "figures-changed")
    assert (row["from_value"], row["to_value"], row["relation"]) == (2314, 1987, "change")


def test_a_count_with_only_stop_words_between_its_neighbours_pairs_by_its_clause(tmp_path: Path) -> None:
    said = (
        "مرتضی سلیمی رئیس سازمان امداد و نجات گفت: ۹۰ امدادگر در قالب ۲۰ تیم به {} نفر در ۱۲ روستا "
        "امدادرسانی کردند."
    )
    texts = {"a.txt": "به گزارش مهر، " + said.format("۴۵۰"), "b.txt": "به گزارش ایسنا، " + said.format("۵۲۰")}
    opened = _ingested(tmp_path, texts, {"a.txt": "2025-11-01", "b.txt": "2025-11-02"})
    rows = _rows(opened, "figures-changed")
    assert any((r["from_value"], r["to_value"]) == (450, 520) for r in rows), rows


def test_a_ministry_by_its_short_name_is_the_ministry(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش مهر، وزیر تعاون، کار و رفاه اجتماعی گفت: امسال ۸۲۰ هزار فرصت شغلی ایجاد شده است.",
        "b.txt": "به گزارش ایسنا، وزیر کار گفت: امسال ۹۱۰ هزار فرصت شغلی ایجاد شده است.",
    }
    opened = _ingested(tmp_path, texts, {"a.txt": "2025-11-01", "b.txt": "2025-12-08"})
    [row] = _rows(opened, "figures-changed")
    assert (row["from_value"], row["to_value"]) == (820000, 910000)


def test_a_person_is_shown_by_the_full_name_not_a_tail_of_it_said_more_often(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش فارس، سعید نجف‌پور بوشهری گفت: ۵ درصد مردم دیابت دارند.\nنجف پور بوشهری افزود: "
        "۶۰ درصد بیماران زن هستند.\nنجف پور بوشهری ادامه داد: ۴۰ درصد بیماران مرد هستند.",
    }
    speakers = {f["speaker"] for f in _rows(_ingested(tmp_path, texts), "figures")}
    assert speakers == {"سعید نجف‌پور بوشهری"}


def test_a_target_is_not_paired_with_what_was_reached(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش ایرنا، تورج دهقانی مدیرعامل شرکت نفت و گاز پارس گفت: برداشت روزانه گاز از میدان "
        "پارس جنوبی به ۷۱۸ میلیون مترمکعب رسید.",
        "b.txt": "به گزارش مهر، تورج دهقانی مدیرعامل شرکت نفت و گاز پارس گفت: برداشت روزانه گاز از میدان "
        "پارس جنوبی تا پایان سال به ۷۳۰ میلیون مترمکعب خواهد رسید.",
    }
    opened = _ingested(tmp_path, texts, {"a.txt": "2025-11-03", "b.txt": "2025-11-10"})
    assert _rows(opened, "figures-changed") == []


def test_two_concepts_of_the_catalogue_are_never_one_quantity(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش ایرنا، غلامرضا نوری وزیر جهاد کشاورزی گفت: صادرات محصولات بخش کشاورزی کشور "
        "در سال ۱۴۰۳ حدود ۳۲ درصد افزایش یافت.",
        "b.txt": "به گزارش مهر، غلامرضا نوری وزیر جهاد کشاورزی گفت: واردات محصولات بخش کشاورزی کشور "
        "در سال ۱۴۰۳ حدود ۶ درصد افزایش یافت.",
    }
    opened = _ingested(tmp_path, texts)
    assert {f["metric"] for f in _rows(opened, "figures")} == {"exports", "imports"}
    assert _rows(opened, "figures-changed") == []


def test_the_head_of_a_body_is_one_post_however_the_kol_is_split() -> None:
    # «رییس کل بانک مرکزی» read as «رییس» of «کل بانک مرکزی»
    assert office_key("رییس", "کل بانک مرکزی") == office_key("رئیس", "بانک مرکزی")


def test_a_surname_in_an_office_is_the_one_person_ever_seen_in_it(tmp_path: Path) -> None:
    texts = {
        # two years before the full name is seen, the surname with the post, then the post alone
        "a.txt": "به گزارش مهر، صالحی، شهردار کرج در گفت‌وگو با مهر: امسال ۴۰ دستگاه اتوبوس برقی خریداری شد.",
        "b.txt": "به گزارش ایرنا، شهردار کرج گفت: امسال ۴۵ دستگاه اتوبوس برقی خریداری شد.",
        "c.txt": "به گزارش ایسنا، مهدی صالحی شهردار کرج گفت: امسال ۶۰ دستگاه اتوبوس برقی خریداری شد.",
    }
    dates = {"a.txt": "2022-06-01", "b.txt": "2022-06-20", "c.txt": "2024-09-01"}
    assert _speakers_by_report(_ingested(tmp_path, texts, dates)) == {
        "a.txt": "مهدی صالحی",
        "b.txt": "مهدی صالحی",
        "c.txt": "مهدی صالحی",
    }


def _payments(tmp_path: Path, first: str, second: str):  # noqa: ANN202 — an opened store
    """Two reports, a month apart, each with one payment to farmers said in other words: a
    single content word («پرداخت») in the first, several in the second."""
    texts = {"a.txt": "به گزارش ایرنا، " + first, "b.txt": "به گزارش مهر، " + second}
    opened = _ingested(tmp_path, texts, {"a.txt": "2025-07-01", "b.txt": "2025-08-01"})
    assert {f["metric"] for f in _rows(opened, "figures")} == {"payments-to-farmers"}
    return opened


def test_a_catalogue_quantity_said_in_one_word_still_pairs(tmp_path: Path) -> None:
    # «پرداخت» alone says too little to compare words; one catalogue concept of one speaker
    # in one unit is then taken as one quantity
    opened = _payments(
        tmp_path,
        "علی رحیمی مدیرعامل شرکت بازرگانی دولتی گفت: تاکنون ۴۰ هزار میلیارد تومان به کشاورزان "
        "پرداخت شده است.",
        "علی رحیمی مدیرعامل شرکت بازرگانی دولتی گفت: مجموع مبالغ واریز شده به حساب گندمکاران به ۹۰ هزار "
        "میلیارد تومان رسید.",
    )
    rows = _rows(opened, "figures-changed")
    assert [(r["relation"], r["match"], r["from_value"], r["to_value"]) for r in rows] == [
        ("change", "catalogue", 40_000_000_000_000, 90_000_000_000_000)
    ]


def test_two_officials_figures_said_in_one_word_are_not_set_against_each_other(tmp_path: Path) -> None:
    # the help a single content word gets is for one speaker's figures only: two officials'
    # figures of one concept must be said with alike words before they can conflict
    opened = _payments(
        tmp_path,
        "علی رحیمی مدیرعامل شرکت بازرگانی دولتی گفت: در سال ۱۴۰۳ ۴۰ هزار میلیارد تومان به کشاورزان "
        "پرداخت شد.",
        "حسن کریمی وزیر جهاد کشاورزی گفت: در سال ۱۴۰۳ مجموع مبالغ واریز شده به حساب گندمکاران ۹۰ هزار "
        "میلیارد تومان بود.",
    )
    assert _rows(opened, "figures-conflicting") == []


def test_the_one_figure_each_report_gives_of_a_catalogue_quantity_pairs_however_said(tmp_path: Path) -> None:
    said = "به گزارش {}، مصطفی رجبی مشهدی مدیرعامل توانیر گفت: {}"
    texts = {
        "a.txt": said.format("ایرنا", "امسال ۴ هزار مگاوات به تولید برق کشور افزوده شد."),
        "b.txt": said.format("مهر", "از ابتدای امسال ۴ هزار و ۲۰۰ مگاوات به ظرفیت نیروگاهی کشور اضافه شد."),
    }
    opened = _ingested(tmp_path, texts, {"a.txt": "2025-07-10", "b.txt": "2025-08-12"})
    assert [(r["from_value"], r["to_value"]) for r in _rows(opened, "figures-changed")] == [(4000, 4200)]
    # two figures of the quantity in one report: the words must tell which is which
    also = "اضافه شد و ظرفیت نیروگاهی کشور به ۵ هزار مگاوات رسید."
    texts["b.txt"] = texts["b.txt"].replace("اضافه شد.", also)
    (tmp_path / "two").mkdir()
    opened = _ingested(tmp_path / "two", texts, {"a.txt": "2025-07-10", "b.txt": "2025-08-12"})
    assert [(r["from_value"], r["to_value"]) for r in _rows(opened, "figures-changed")] == []


def test_a_bodys_short_name_and_a_longer_running_total_pair(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش ایرنا، انجمن تولیدکنندگان فولاد ایران اعلام کرد: شرکت‌های فولادی از ابتدای "
        "فروردین تا پایان اردیبهشت ۱۴۰۲، ۶ میلیون و ۳۱۹ هزار تن شمش فولادی تولید کردند.",
        "b.txt": "به گزارش صنعتگر به نقل از انجمن فولاد، شرکت‌های فولادی از ابتدای فروردین تا پایان آذر ماه "
        "۱۴۰۲، ۲۴ میلیون و ۴۹۲ هزار تن شمش فولادی تولید کردند.",
    }
    opened = _ingested(tmp_path, texts, {"a.txt": "2023-05-25", "b.txt": "2023-12-25"})
    rows = _rows(opened, "figures-changed")
    # nine months' total is about four times two months': a change, not a value too far off
    assert [(r["from_value"], r["to_value"]) for r in rows] == [(6_319_000, 24_492_000)]


def test_a_figure_the_report_gives_in_its_own_words_is_its_outlets(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش ایسنا، نرخ بیکاری در بهار امسال به ۷.۵ درصد رسید. علی رضایی رئیس مرکز آمار گفت: "
        "۲۰۰ هزار شغل ایجاد شد."
    }
    opened = _ingested(tmp_path, texts)
    rows = {f["surface"]: f for f in _rows(opened, "figures")}
    assert (rows["۷.۵ درصد"]["speaker"], rows["۷.۵ درصد"]["speaker_identity"]) == ("ایسنا", None)
    assert rows["۲۰۰ هزار شغل"]["speaker"] == "علی رضایی"
    assert [r["surface"] for r in _rows(opened, "unattributed-figures")] == ["۷.۵ درصد"]  # no one's statement


def test_a_quantity_said_by_its_head_noun_alone_is_linked_with_the_whole_phrase() -> None:
    from datetime import date

    from claimgraph.graph.identity import quantity_links

    def figure(name: str, report: str, metric: str, value: str, context: str, months: int) -> dict:
        return {"figure": name, "graph": report, "who": "انجمن", "unit": "tonne", "scope": "", "aspect": "",
                "modality": "", "metric": metric, "value": value, "context": context, "later": None,
                "said_of": "", "start": date(2023, 3, 21), "end": date(2023, 3 + months, 21),
                "basis": "stated"}  # fmt: skip

    # two months' «۶ میلیون تن شمش فولاد», and nine months' «۲۴ میلیون تن «شمش»» in a report
    # that says less around it
    a = figure("a1", "ra", "minted-شمشفولاد", "6000000", "تولید:1 شمش:1 فولاد:1 شرکت:1 کشور:1", 2)
    b = figure("b1", "rb", "minted-شمش", "24000000", "مشابه:1 پارسال:1 رقم:1 شمش:0.4", 9)
    assert quantity_links([a, b]) == [("a1", "b1")]
    # two things whose phrases only begin alike are not one quantity said short
    c = figure("c1", "rc", "minted-شمشیر", "24000000", "مشابه:1 پارسال:1 رقم:1 شمش:0.4", 9)
    assert quantity_links([a, c]) == []


def test_a_place_named_alone_is_linked_with_the_phrase_its_name_ends() -> None:
    from datetime import date

    from claimgraph.graph.identity import quantity_links

    def figure(name: str, report: str, metric: str, value: str, context: str) -> dict:
        return {"figure": name, "graph": report, "who": "گمرک", "unit": "tonne", "scope": "", "aspect": "",
                "modality": "", "metric": metric, "value": value, "context": context, "later": None,
                "said_of": "", "start": date(2023, 3, 21), "end": date(2024, 3, 19),
                "basis": "stated"}  # fmt: skip

    # «بیشترین ترانزیت از مبدا بندر شهید رجایی با …» in one report, a list's «شهید رجایی با …»
    # in another
    a = figure("a1", "ra", "minted-بندرشهیدرجایی", "5170000",
               "ترانزیت:1 خارجی:1 بندر:1 شهید:1 رجایی:1 مبدا:1")  # fmt: skip
    b = figure("b1", "rb", "minted-شهیدرجایی", "4754000",
               "شهید:1 رجایی:1 گمرک:1 منطقه:1 ویژه:1 افزایش:1 مشابه:1 درصد:1")  # fmt: skip
    assert quantity_links([a, b]) == [("a1", "b1")]


def test_a_head_s_own_figures_pair_however_many_have_headed_the_body() -> None:
    from datetime import date

    from claimgraph.graph.identity import CANDIDATES, quantity_links

    def figure(name: str, who: str, report: str, value: str) -> dict:
        return {"figure": name, "graph": report, "who": who, "voice": "org-بنادر", "unit": "tonne",
                "scope": "", "aspect": "", "modality": "", "metric": "minted-تخلیهکالا", "value": value,
                "context": "تخلیه:1 کالا:1 بنادر:1", "later": None, "said_of": "",
                "start": date(2023, 3, 21), "end": date(2024, 3, 19), "basis": "stated"}  # fmt: skip

    # a store of many years: more heads of the body than one shared word may pair across
    others = [figure(f"x{i}", f"head-{i}", f"r{i}", str(1000 + i)) for i in range(CANDIDATES + 10)]
    one = [figure("a1", "head-a", "ra", "16000000"), figure("b1", "head-a", "rb", "18000000")]
    assert ("a1", "b1") in quantity_links(one + others)


def _relayed(tmp_path: Path, second_value: str, second_day: str) -> list[dict]:
    # two outlets relay one release and name no source: «در مجموع N داوطلب ثبت نام کرده‌اند»
    said = "در این آزمون در مجموع {} داوطلب ثبت نام کرده‌اند."
    texts = {
        "a.txt": "آغاز آزمون استخدامی\nبه گزارش ایسنا، " + said.format("۲۴۱ هزار و ۳۱۸"),
        "b.txt": "آزمون استخدامی فردا برگزار می‌شود\n" + said.format(second_value),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    manifest = [
        {"file": "a.txt", "outlet": "ایسنا", "published": "2024-05-01"},
        {"file": "b.txt", "outlet": "رکنا", "published": second_day},
    ]
    (tmp_path / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    store = open_store(tmp_path / "store")
    ingest([tmp_path], store)
    return _rows(store, "figures-changed")


def test_one_release_relayed_with_no_source_pairs_across_outlets(tmp_path: Path) -> None:
    [row] = _relayed(tmp_path, "۲۴۱ هزار و ۳۱۸", "2024-05-02")
    assert row["relation"].endswith("repeat")
    assert (row["from"], row["to"]) == ("a.txt", "b.txt")


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("۲۵۰ هزار و ۱۲", "2024-05-02"),  # another value: no one is known to have changed it
        ("۲۴۱ هزار و ۳۱۸", "2024-07-01"),  # two months apart: not one release relayed
    ],
)
def test_unattributed_figures_pair_only_as_one_release(tmp_path: Path, value: str, day: str) -> None:
    assert _relayed(tmp_path, value, day) == []


def test_a_figure_relayed_with_no_source_pairs_with_its_speaker_s_same_figure(tmp_path: Path) -> None:
    said = "در این آزمون در مجموع ۲۴۱ هزار و ۳۱۸ داوطلب ثبت نام کرده‌اند."
    texts = {
        "a.txt": "به گزارش ایرنا، علی محمدی رئیس سازمان سنجش گفت: " + said,
        "b.txt": "آزمون استخدامی فردا برگزار می‌شود\n" + said,
    }
    store = _ingested(tmp_path, texts, {"a.txt": "2024-05-01", "b.txt": "2024-05-03"})
    [row] = _rows(store, "figures-changed")
    assert row["relation"].endswith("repeat") and row["who"] == "علی محمدی"


def test_a_value_of_many_digits_relayed_with_no_source_pairs_however_it_is_worded(tmp_path: Path) -> None:
    texts = {
        "a.txt": "به گزارش ایرنا، علی محمدی رئیس سازمان سنجش گفت: ۲۴۱ هزار و ۳۱۸ داوطلب ثبت نام کرده‌اند.",
        "b.txt": "آزمون استخدامی فردا برگزار می‌شود\nشمار شرکت‌کنندگان این آزمون ۲۴۱ هزار و ۳۱۸ داوطلب است.",
    }
    store = _ingested(tmp_path, texts, {"a.txt": "2024-05-01", "b.txt": "2024-05-03"})
    assert [row["relation"].split("#")[-1] for row in _rows(store, "figures-changed")] == ["repeat"]


def test_a_seasons_total_and_a_months_are_two_quantities(tmp_path: Path) -> None:
    said = "به گزارش ایرنا، علی محمدی رئیس سازمان ثبت احوال گفت: {} {} ولادت در کشور ثبت شد."
    texts = {
        "a.txt": said.format("در پاییز ۱۴۰۲", "۲۸۷ هزار و ۱۷۳"),
        "b.txt": said.format("در خرداد ۱۴۰۳", "۸۳ هزار و ۸۹۶"),
        "c.txt": said.format("در بهار ۱۴۰۳", "۲۵۷ هزار و ۶۴۷"),
    }
    store = _ingested(tmp_path, texts, {"a.txt": "2024-01-10", "b.txt": "2024-07-01", "c.txt": "2024-07-02"})
    pairs = {(row["from"], row["to"]) for row in _rows(store, "figures-changed")}
    assert ("a.txt", "c.txt") in pairs  # autumn and spring: one quantity, changed
    assert ("a.txt", "b.txt") not in pairs  # a season against a month


def _body_then_head(tmp_path: Path, goods: str) -> list[dict]:
    # one outlet quotes the body's press office, another its head a month later
    texts = {
        "a.txt": "به گزارش ایرنا به نقل از روابط عمومی سازمان بنادر، در ۱۱ ماهه امسال ۱۶ میلیون تن کالا "
        "در بنادر تخلیه شد.",
        "b.txt": f"به گزارش ایسنا، علی محمدی رئیس سازمان بنادر گفت: در سال گذشته ۱۸ میلیون تن {goods} "
        "در بنادر تخلیه شد.",
    }
    store = _ingested(tmp_path, texts, {"a.txt": "2024-02-25", "b.txt": "2024-04-03"})
    return _rows(store, "figures-changed")


def test_a_body_s_figures_pair_with_its_head_s(tmp_path: Path) -> None:
    [row] = _body_then_head(tmp_path, "کالا")
    assert (row["from"], row["to"]) == ("a.txt", "b.txt") and row["relation"].endswith("change")


def test_a_body_s_figure_and_its_head_s_said_otherwise_are_not_paired(tmp_path: Path) -> None:
    # goods, and basic goods: alike words, but the body and its head pair only on one quantity
    # said alike (or one value)
    assert _body_then_head(tmp_path, "کالای اساسی") == []


def test_a_provincial_official_s_figure_with_no_place_said_is_of_their_province(tmp_path: Path) -> None:
    # one outlet writes «در گیلان», another leaves it to the post: one quantity, changed
    said = "به گزارش ایرنا، علی محمدی مدیرکل میراث فرهنگی گیلان گفت: {} نفر شب اقامت مسافران نوروزی {}ثبت شد."
    texts = {"a.txt": said.format("۲ میلیون", "در گیلان "), "b.txt": said.format("۳ میلیون", "")}
    store = _ingested(tmp_path, texts, {"a.txt": "2024-03-24", "b.txt": "2024-03-30"})
    [row] = _rows(store, "figures-changed")
    assert row["relation"].endswith("change")


def test_two_heads_of_one_body_are_still_two_speakers(tmp_path: Path) -> None:
    said = "به گزارش ایسنا، {} رئیس سازمان بنادر گفت: در سال گذشته {} میلیون تن کالا در بنادر تخلیه شد."
    texts = {"a.txt": said.format("علی محمدی", "۱۶"), "b.txt": said.format("رضا کریمی", "۱۸")}
    store = _ingested(tmp_path, texts, {"a.txt": "2024-04-01", "b.txt": "2024-04-03"})
    assert _rows(store, "figures-changed") == []


def test_a_deputy_minister_who_heads_a_body_speaks_for_the_body() -> None:
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    text = "به گزارش ایرنا، علی محمدی معاون وزیر اقتصاد و رئیس کل گمرک ایران گفت: ۱۰ میلیون تن ترانزیت شد."
    [statement] = extract(Report("a.txt", text)).statements
    assert body(statement.speaker.organisation).key == body("گمرک ایران").key
