"""Metrics: catalogue labels meet through lemmas; minted metrics meet across spellings."""

from __future__ import annotations

import pytest

from claimgraph.loaders.metrics import UNKNOWN_METRIC, resolve
from claimgraph.loaders.model import Report
from claimgraph.loaders.normalize import key
from claimgraph.loaders.pipeline import extract

CATALOGUE = [
    (["نفر", "بیمه‌شده", "جدید"], [], "new-insured-persons"),
    (["نفر", "بیمه‌شدگان", "جدید"], [], "new-insured-persons"),  # plural lemma
    ([], ["توسعه", "پوشش", "بیمه‌ای", "با", "اضافه", "شدن"], "new-insured-persons"),
    (["درصد"], ["نرخ", "تورم", "به"], "inflation-rate"),
    (["سال"], ["کاهش", "سن", "صندوق", "از"], "fund-age"),
    (["نفر", "کارکنان", "سازمان"], [], "staff-headcount"),
    (["مگاوات", "سپری", "کردیم"], ["و", "با", "اوج‌بار", "نزدیک", "به"], "electricity-consumption"),  # peak
    (["دستگاه", "بود"], ["تولید", "محصولات", "سواری", "آنها", "حدود"], "vehicle-production"),
    (["نفر", "در", "حوادث", "رانندگی", "جان", "خود", "را", "از"], [], "deaths"),  # lost their lives
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


def _metric_of(text: str, surface: str) -> str:
    found = {f.surface: f.metric.key for f in extract(Report("a.txt", text)).figures}
    return found[surface]


_CPI = (
    "بانک مرکزی اعلام کرد: شاخص بهای کالاها و خدمات مصرفی در آبان ماه به ۲۱۰.۴ رسید که نسبت به ماه "
    "قبل ۱.۸ درصد افزایش، نسبت به ماه مشابه سال گذشته ۳۰.۱ درصد افزایش و در دوازده ماهه منتهی به آبان "
    "نسبت به دوره مشابه سال قبل ۲۸.۵ درصد افزایش نشان می‌دهد."
)
# What is counted, said around the number or in the clause it hangs from.
AROUND = [
    # a label split by the number: «برداشت روزانه … گاز»
    ("به گزارش مهر، مدیرعامل شرکت گفت: برداشت روزانه ۷۲۲ میلیون مترمکعب گاز به همت کارکنان ثبت شد.",
     "۷۲۲ میلیون مترمکعب", "gas-production"),
    ("وزیر از رشد ۴.۵ درصدی بخش کشاورزی در سال گذشته خبر داد.", "۴.۵ درصدی", "sector-growth"),
    # the noun a relative clause is about
    ("رئیس کل گفت: رشد نقدینگی که از ۴۰ درصد به ۲۶ درصد رسیده است، کنترل شد.", "۲۶ درصد", "liquidity"),
    # the subject of the clause before «و»
    ("رکورد تاریخی تولید روزانه گاز از میدان پارس شکسته شد و به عدد ۷۱۸ میلیون مترمکعب رسید.",
     "۷۱۸ میلیون مترمکعب", "gas-production"),
    # a label said in the verb-final order of the sentence, or in the plural
    ("وی افزود: تاکنون ۴۰ هزار میلیارد تومان به کشاورزان پرداخت شده است.",
     "۴۰ هزار میلیارد تومان", "payments-to-farmers"),
    ("وی گفت: مجموع پرداختی‌ها به ۳۰۰ هزار کشاورز به حدود ۹۰ همت رسید.", "حدود ۹۰ همت", "payments-to-farmers"),
    # «واحد مسکن مهر», «مسکن»: housing units, whatever the programme
    ("وزیر راه گفت: امروز ۳ هزار واحد مسکن مهر در شهر جدید هشتگرد افتتاح می‌شود.", "۳ هزار واحد",
     "housing-units"),
    # the level the same quantity reached later in the sentence, its subject left unsaid
    ("رئیس کل گفت: ابتدای امسال نیز رشد نقدینگی در کانال ۲۴ درصد بود، اما به دلیل شرایط اقتصادی سعی "
     "کردیم آن را افزایش دهیم و اکنون به حدود ۲۹ درصد رسیده است.", "حدود ۲۹ درصد", "liquidity"),
    # «X یعنی Y درصد»: the share says X another way
    ("وی گفت: ۲۰ همت دیگر از مطالبات گندمکاران پرداخت شد تا مجموع مبالغ پرداخت شده به ۹۰ همت یعنی ۶۰ "
     "درصد برسد.", "۶۰ درصد", "payments-to-farmers"),
    # a verb of what is counted («نفت صادر کرد», «گاز … صادر می‌شود», «شغل ایجاد شد»); rent is not a price
    ("وی گفت: ایران ماه گذشته روزانه ۱.۸ میلیون بشکه نفت صادر کرد.", "۱.۸ میلیون بشکه", "oil-exports"),
    ("وی گفت: اکنون روزانه ۲۰ میلیون مترمکعب گاز به عراق صادر می‌شود.", "۲۰ میلیون مترمکعب", "gas-exports"),
    ("معاون وزیر گفت: سال گذشته در استان ۱۲ هزار شغل ایجاد شد.", "۱۲ هزار شغل", "employment-created"),
    ("وی گفت: اجاره‌بهای ماهانه هر متر مربع در تهران ۱۲۰ هزار تومان شد.", "۱۲۰ هزار تومان", "rent"),
    # the country's water reserves are its dams'
    ("وزیر نیرو گفت: میزان ذخائر آبی کشور نسبت به سال گذشته ۶۳ درصد افزایش یافته است.",
     "۶۳ درصد", "dam-storage"),
    # a change said after the number: the quantity named before it moved
    ("رئیس سازمان گفت: شاخص قیمت تولیدکننده در مهرماه نسبت به ماه قبل، ۳.۱ درصد افزایش داشته است.",
     "۳.۱ درصد", "producer-price-index"),
    # «این نرخ»: the rate the sentence before opens with, or named before it in its own
    ("سخنگوی مرکز آمار گفت: نرخ بیکاری در بهار ۹.۲ درصد بود. این نرخ نسبت به فصل قبل، ۰.۴ واحد درصد "
     "کاهش یافته است.", "۰.۴ واحد درصد", "unemployment-rate"),
    ("مرکز آمار اعلام کرد که در بهار امسال ۴۱ درصد جمعیت از نظر اقتصادی فعال بوده‌اند. بررسی تغییرات "
     "نرخ مشارکت اقتصادی حاکی از آن است که این نرخ نسبت به فصل مشابه سال قبل، سه درصد افزایش یافته است.",
     "سه درصد", "participation-rate"),
    # «این شاخص» a clause or two before the figure, a base of comparison between
    ("مرکز آمار اعلام کرد: بررسی تغییرات نرخ بیکاری حاکی از آن است که این شاخص، نسبت به فصل مشابه "
     "در سال ۱۴۰۱، ۰.۸ درصد کاهش یافته است.", "۰.۸ درصد", "unemployment-rate"),
    # «غیر» between a label's words undoes it: non-oil exports are exports, not oil exports
    ("رئیس کل گمرک گفت: صادرات غیر نفتی کشور به ۱۱ میلیارد دلار رسید.", "۱۱ میلیارد دلار", "exports"),
    ("ناظر گمرکات گفت: صادرات کالاهای غیر نفتی به ۴۸۹ میلیون دلار رسید.", "۴۸۹ میلیون دلار", "exports"),
    # words of time do not use up the window before the figure
    ("عسگری افزود: ارزش صادرات غیر نفتی کشور تا مدت یاد شده نسبت به مدت مشابه سال قبل ۲۱ درصد "
     "افزایش داشته است.", "۲۱ درصد", "exports"),
    # goods said shipped abroad by weight or value are exports
    ("وی گفت: امسال ۲۰۰ هزار تن سیمان از این گمرک صادر شد.", "۲۰۰ هزار تن", "exports"),
    # in a list by place, «استان مرکزی» is a province too (though «مرکزی» alone is no place)
    ("مدیر توزیع برق گفت: افزایش ۸ درصدی مصرف برق ایلام، ۵ درصدی استان مرکزی و ۷ درصدی کرمانشاه ثبت شد.",
     "۵ درصدی", "electricity-consumption"),
    # a phrase that only names a place says where, not what: nothing to compare with
    ("مدیرکل گفت: ۷۲ درصد مردم استان خراسان جنوبی معادل ۵۳۰ هزار نفر، زیر پوشش بیمه سلامت‌اند.",
     "۵۳۰ هزار نفر", "minted-unknown"),
    ("وزیر گفت: این طرح در ۲۲ استان کشور اجرا شد.", "۲۲ استان", "minted-unknown"),
    # a plural after a ZWNJ is lemmatised as its singular is: «فوتی‌های» as «فوتی»
    ("وی گفت: طی سه روز گذشته آمار فوتی‌های تصادفات به ۱۲۵ نفر رسیده است.", "۱۲۵ نفر", "deaths"),
    ("وی گفت: از آغاز طرح تاکنون شاهد مرگ ۱۹۷ نفر بر اثر تصادفات بودیم.", "۱۹۷ نفر", "deaths"),
    # a length in metres is a length a concept counts in kilometres
    ("وی گفت: امسال ۵۰۰ متر راه روستایی آسفالت شد.", "۵۰۰ متر", "road-length"),
    ("وزیر گفت: در دولت سیزدهم ۵۰۰ هزار واحد ساخته شد.", "۵۰۰ هزار واحد", "minted-unknown"),
    # under cover: all who are, or those who came under it
    ("مدیرکل گفت: ۶۳۰ هزار نفر در این استان تحت پوشش بیمه سلامت قرار دارند.", "۶۳۰ هزار نفر",
     "insured-population"),
    ("مدیرکل گفت: در سه ماه گذشته ۶۳۰ هزار نفر در این استان تحت پوشش بیمه سلامت قرار گرفته‌اند.",
     "۶۳۰ هزار نفر", "new-insured-persons"),
    # a person counted in «تن» still counts people
    ("در این حادثه دست کم ۶۰ تن کشته شدند.", "دست کم ۶۰ تن", "deaths"),
    # water held in dams
    ("مدیرعامل افزود: حجم آب موجود در مخازن سدهای استان به ۴۶۰ میلیون مترمکعب رسیده است.",
     "۴۶۰ میلیون مترمکعب", "dam-storage"),
    ("وی گفت: ذخیره آب سدها اکنون ۳۷ میلیارد مترمکعب است.", "۳۷ میلیارد مترمکعب", "dam-storage"),
    ("وی گفت: الان بیشتر از ۳۰ میلیارد مترمکعب آب در مخازن سدهای کشور وجود دارد.",
     "بیشتر از ۳۰ میلیارد مترمکعب", "dam-storage"),
    ("وی گفت: صادرات استان به ۴۷ میلیون دلار رسید.", "۴۷ میلیون دلار", "exports"),
    # what is counted in quotation marks after the unit
    ("کارخانه‌ها امسال ۱۲ میلیون تن «کنسانتره سنگ آهن» و ۸ میلیون تن «گندله» تولید کردند.",
     "۱۲ میلیون تن", "minted-کنسانترهسنگاهن"),
    # the change of the consumer price index over a base is that inflation rate
    *((_CPI, surface, rate) for surface, rate in (
        ("۱.۸ درصد", "inflation-monthly"), ("۳۰.۱ درصد", "inflation-point-to-point"),
        ("۲۸.۵ درصد", "inflation-rate"))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), AROUND)
def test_what_is_counted_is_read_around_the_number(text: str, surface: str, expected: str) -> None:
    assert _metric_of(text, surface) == expected


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش ایسنا، میزان صید میگو در ماه‌های تیر و مرداد امسال با ۱۲ درصد کاهش به ۸ هزار تن رسید.",
        "به گزارش ایسنا، میزان صید میگو در ماههای تیر و مرداد امسال با کاهش ۱۲ درصدی به ۸ هزار تن رسید.",
        "به گزارش ایسنا، صید میگو در بهار و تابستان با ۱۲ درصد کاهش به ۸ هزار تن رسید.",
    ],
)
def test_the_level_a_quantity_moved_to_is_that_quantity_not_the_move(text: str) -> None:
    # «X با N درصد کاهش به Y رسید»: Y is X's level, and «و» between two months or seasons
    # does not end the clause that names X
    level = _metric_of(text, "۸ هزار تن")
    assert level == "minted-صیدمیگو"
    assert level == _metric_of(text, next(s for s in ("۱۲ درصدی", "۱۲ درصد") if s in text))


def test_a_complement_clause_after_a_verb_names_nothing() -> None:
    assert _metric_of("وزیر گفت که ۲۰ درصد کاهش یافت.", "۲۰ درصد") != "minted-گفت"


def test_a_national_figure_in_a_sentence_about_a_province_is_national() -> None:
    text = (
        "وزیر در مراسم افتتاح ۶۲ پروژه در استان گلستان با اشاره به رشد ۵.۶ درصدی بخش کشاورزی کشور "
        "از برنامه‌های دولت گفت."
    )
    scopes = {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}
    assert scopes["۵.۶ درصدی"] is None  # the whole country, not Golestan
    assert scopes["۶۲ پروژه"] is not None  # the projects are the province's


def test_of_two_labels_side_by_side_the_first_is_the_head() -> None:
    # «صادرات [محصولات کشاورزی]»: exports of farm products, not farm production
    before = ["در", "حوزه", "صادرات", "محصولات", "کشاورزی", "نیز"]
    assert resolve(["درصد", "افزایش"], before, unit_words=1).key == "exports"
    assert resolve(["درصد", "صادرات", "محصولات", "کشاورزی"], [], unit_words=1).key == "exports"


def test_a_label_that_runs_on_is_not_cut_into_a_head_and_a_complement() -> None:
    # «نرخ تورم نقطه‌به‌نقطه»: «نرخ» (a price) is not the head of «تورم نقطه‌به‌نقطه»
    before = ["بانک", "مرکزی", "نشان", "می‌دهد", "نرخ", "تورم", "نقطه‌به‌نقطه", "در", "پایان", "فروردین"]
    before += ["امسال", "به", "کمتر", "از"]
    assert resolve(["درصد", "رسیده"], before, unit_words=1).key == "inflation-point-to-point"


def test_the_complement_said_before_the_head_next_to_the_figure() -> None:
    # «بخش کشاورزی از رشد منفی ۲.۴ درصد به …»
    before = ["وزیر", "گفت", ":", "بخش", "کشاورزی", "از", "رشد"]
    assert resolve(["درصد", "به", "مثبت"], before, unit_words=1).key == "sector-growth"


_WHEAT = "به گزارش ایسنا، مدیرعامل شرکت بازرگانی دولتی گفت: تاکنون ۵ میلیون تن گندم خرید تضمینی شده است. "


def test_a_word_that_opens_a_label_said_before_is_that_quantity_said_short() -> None:
    # «خرید» alone, after «خرید تضمینی گندم» in the same unit: the wheat bought, in one province
    text = _WHEAT + "وی افزود: استان فارس با خرید ۴۰۰ هزار تن در رتبه اول است."
    assert _metric_of(text, "۴۰۰ هزار تن") == _metric_of(text, "۵ میلیون تن") == "wheat-purchase"


def test_in_a_list_by_place_each_place_is_a_scope_not_what_is_counted() -> None:
    text = _WHEAT + (
        "وی افزود: استان‌های اصفهان با خرید ۳۰۰ هزار تن، همدان با ۲۵۰ هزار تن "
        "و زنجان با ۲۰۰ هزار تن در صدر هستند."
    )
    found = {f.surface: f for f in extract(Report("a.txt", text)).figures}
    assert {found[s].metric.key for s in ("۳۰۰ هزار تن", "۲۵۰ هزار تن", "۲۰۰ هزار تن")} == {"wheat-purchase"}
    assert [found[s].scope for s in ("۳۰۰ هزار تن", "۲۵۰ هزار تن", "۲۰۰ هزار تن")] == [
        key("اصفهان"),
        key("همدان"),
        key("زنجان"),
    ]


def test_a_place_said_since_the_figure_before_is_the_figures_scope() -> None:
    # the comma ends the clause that names the province, not the part of the sentence
    text = _WHEAT + "استان لرستان با آغاز برداشت در مناطق سردسیر، با خرید ۱۲۰ هزار تن در رتبه ششم قرار دارد."
    found = {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}
    assert found["۱۲۰ هزار تن"] == key("لرستان")
    assert found["۵ میلیون تن"] is None


def test_a_word_that_opens_a_label_said_in_full_earlier_in_the_sentence_is_that_quantity() -> None:
    text = (
        "علی محمدی، مدیرعامل شرکت نفت مناطق مرکزی، از افزایش برداشت روزانه گاز از میدان خانگیران خبر داد "
        "و گفت: این میزان برداشت به ۹۰ میلیون مترمکعب رسیده است."
    )
    assert _metric_of(text, "۹۰ میلیون مترمکعب") == "gas-production"


def test_a_part_of_a_whole_counts_what_the_whole_counts() -> None:
    text = (
        "وی ادامه داد: تاکنون ۹۰ هزار میلیارد تومان از مجموع ۱۲۰ هزار میلیارد تومان مطالبات گندمکاران "
        "واریز شد."
    )
    assert _metric_of(text, "۹۰ هزار میلیارد تومان") == _metric_of(text, "۱۲۰ هزار میلیارد تومان")
    assert _metric_of(text, "۹۰ هزار میلیارد تومان") == "payments-to-farmers"


def test_a_part_of_this_amount_is_named_by_its_own_concept() -> None:
    text = (
        "تجارت خارجی کشور در ماه گذشته ۸ میلیارد و ۱۰۰ میلیون دلار بود که از این رقم ۳ میلیارد و ۲۰۰ "
        "میلیون دلار به صادرات غیرنفتی و ۴ میلیارد و ۹۰۰ میلیون دلار به واردات اختصاص داشت."
    )
    assert _metric_of(text, "۳ میلیارد و ۲۰۰ میلیون دلار") == "exports"
    assert _metric_of(text, "۴ میلیارد و ۹۰۰ میلیون دلار") == "imports"
    assert _metric_of(text, "۸ میلیارد و ۱۰۰ میلیون دلار") != "exports"


def test_a_list_lines_place_is_the_scope_of_every_figure_on_it() -> None:
    text = (
        "قیمت‌ها به شرح زیر است:\n- قیمت هر کیلوگرم مرغ زنده در زنجان ۹۱۰۰ ریال و قیمت هر کیلوگرم گوشت مرغ "
        "۱۴۱۰۰ ریال\n- قیمت هر کیلوگرم مرغ زنده در همدان ۹۰۰۰ ریال و قیمت هر کیلوگرم گوشت مرغ ۱۵ هزار ریال"
    )
    found = {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}
    assert (found["۱۴۱۰۰ ریال"], found["۱۵ هزار ریال"]) == (key("زنجان"), key("همدان"))  # meat prices
    # «خراسان» alone, as old copy names the province before its division, is a place too
    text = text.replace("زنجان", "خراسان")
    assert {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}["۱۴۱۰۰ ریال"] == key("خراسان")


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("امسال در استان آذربایجان‌غربی ۲۰ هزار شغل ایجاد شد.", "آذربایجان غربی"),  # written with a ZWNJ
        ("امسال در استان مرکزی ۲۰ هزار شغل ایجاد شد.", "مرکزی"),
    ],
)
def test_a_province_however_written_is_a_scope(text: str, scope: str) -> None:
    assert {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}["۲۰ هزار شغل"] == key(scope)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # the dateline's town is where the news was filed
        ("تهران – ایرنا – بارش‌ها نسبت به دوره بلندمدت ۲۷ درصد کاهش دارد.", None),
        ("مشهد - ایرنا - استاندار گفت: بارش‌ها ۲۷ درصد کاهش دارد.", None),
        # a town that opens the sentence with no dash is its place
        ("در تهران بارش‌ها ۲۷ درصد کاهش دارد.", "تهران"),
        # the stock exchange named after its town is the country's market
        ("شاخص کل بورس تهران ۲۷ درصد کاهش دارد.", None),
        ("شاخص کل بورس اوراق بهادار تهران ۲۷ درصد کاهش دارد.", None),
        # the agency named like a province is the agency («به گزارش فارس به نقل از …»)
        ("به گزارش فارس به نقل از سازمان هواشناسی، بارش‌ها ۲۷ درصد کاهش دارد.", None),
        ("به گزارش مهر، بارش‌ها در فارس ۲۷ درصد کاهش دارد.", "فارس"),
    ],
)
def test_a_datelines_town_is_no_scope(text: str, scope: str | None) -> None:
    found = {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}
    assert found["۲۷ درصد"] == (key(scope) if scope else None)


def test_a_province_whose_name_holds_and_is_a_scope_in_a_list() -> None:
    text = _WHEAT + (
        "وی افزود: استان‌های اصفهان با خرید ۳۰۰ هزار تن، سیستان و بلوچستان با ۲۵۰ هزار تن "
        "و زنجان با ۲۰۰ هزار تن در صدر هستند."
    )
    found = {f.surface: f for f in extract(Report("a.txt", text)).figures}
    assert found["۲۵۰ هزار تن"].scope == key("سیستان و بلوچستان")
    assert found["۲۵۰ هزار تن"].metric.key == "wheat-purchase"  # «بلوچستان» is no quantity


# A metric is never the first half of a compound verb, nor the noun of a change.
NOT_A_VERB = [
    # «اعلام کرد»: the phrase ends before the light verb's noun
    ("مدیرکل گمرک ارزش کالاهای صادراتی استان را ۴۷ میلیون دلار اعلام کرد.", "۴۷ میلیون دلار", "اعلام"),
    # «افزایش داشته است» after the number: how the quantity named before it moved
    ("رئیس سازمان گفت: شاخص قیمت تولیدکننده در مهرماه نسبت به ماه قبل، ۳.۱ درصد افزایش داشته است.",
     "۳.۱ درصد", "افزایش"),
    # «خواهد رسید»: an auxiliary
    ("وی گفت: مخارج رسانه‌ها تا سال ۲۰۱۰ به ۷۲۶ میلیارد دلار خواهد رسید.", "۷۲۶ میلیارد دلار", "خواهد"),
    # «مدت زمان مشابه»: a time word
    ("وی گفت: وزن کالاهای صادراتی نسبت به مدت زمان مشابه سال گذشته ۳۰ درصد کاهش یافته است.",
     "۳۰ درصد", "زمان"),
    # «آسیب دید»: a light verb; «ظرف»: a word of time
    ("وزیر گفت: تاسیسات ظرف ۲ هفته بازسازی شد و ۵ میلیون بشکه آسیب دید.", "۵ میلیون بشکه", "اسیب"),
    ("وزیر گفت: تاسیسات ظرف ۲ هفته بازسازی شد و ۵ میلیون بشکه آسیب دید.", "۲ هفته", "ظرف"),
    # «برسد», a subjunctive, is a verb
    ("وزیر گفت: پیش‌بینی می‌شود سهم صنایع کوچک تا پایان سال ۴۰ درصد برسد.", "۴۰ درصد", "برسد"),
    # «بر اساس جدیدترین آمار»: where the number comes from, not what it counts
    ("وی افزود: بر اساس آمار تا کنون ۵ میلیون نفر از این مراکز بازدید کرده‌اند.", "۵ میلیون نفر", "امار"),
    ("وی افزود: بر اساس جدیدترین آمار تا کنون ۵ میلیون نفر بازدید کرده‌اند.", "۵ میلیون نفر", "جدید"),
    # «هدف گذاری کرده‌ایم»: the aim, not what is aimed at
    ("مدیرعامل گفت: امسال ۲۵۰ هزار بشکه هدف گذاری کرده‌ایم.", "۲۵۰ هزار بشکه", "هدف"),
    # «X از N … خبر داد»: X told of the figure, X is not what it counts
    ("رییس پلیس راهور از ۷۸ میلیون سفر بین استانی در جاده‌ها خبر داد.", "۷۸ میلیون سفر", "پلیس"),
    # «هموطنان», «افراد»: who, not what
    ("وی گفت: بیش از ۵۵۰ نفر از هموطنان در سوانح رانندگی جان باختند.", "بیش از ۵۵۰ نفر", "هموطن"),
    # «باشیم», «برسانیم»: a copula and a subjunctive in the first person
    ("وی افزود: امیدواریم امسال ۳ میلیون تن برداشت داشته باشیم که ۱۵ درصد بیشتر از پارسال است.",
     "۱۵ درصد", "باشیم"),
    ("وی گفت: باید تولید را به ۲ میلیون دستگاه برسانیم.", "۲ میلیون دستگاه", "برسانیم"),
]


@pytest.mark.parametrize(("text", "surface", "verb"), NOT_A_VERB)
def test_a_metric_is_not_made_of_a_verb(text: str, surface: str, verb: str) -> None:
    assert verb not in _metric_of(text, surface)


def test_a_phrase_before_a_figure_stops_at_another_figures_number() -> None:
    text = "وی گفت: این محصول در قالب یک میلیون و ۲۰۰ هزار تن محموله از ۵۰۰ هزار کشاورز خریداری شد."
    assert "هزار" not in _metric_of(text, "۵۰۰ هزار کشاورز").removeprefix("minted-")


def test_a_period_phrase_before_a_figure_does_not_name_what_it_counts() -> None:
    text = (
        "رئیس کل گمرک گفت: حجم کل مبادلات خارجی کشور در چهار ماهه نخست سال جاری به ۳۴ میلیارد دلار "
        "معادل ۶۱ میلیون تن رسیده است."
    )
    assert _metric_of(text, "۳۴ میلیارد دلار") == "trade"  # not «ماهه»
    assert "دلار" not in _metric_of(text, "۶۱ میلیون تن")  # the unit of the figure before
    text = "وی گفت: تجارت در دولت سیزدهم با رشد ۳۰ درصدی به حدود ۱۰۹ میلیارد دلار رسید."
    assert "درصد" not in _metric_of(text, "حدود ۱۰۹ میلیارد دلار")  # «درصدی» too


def test_the_clause_before_is_read_without_the_figures_own_clause() -> None:
    # «… ۱۵ ساله و | بیشتر در تابستان ۱۴۰۳ به ۷.۵ درصد»: the clause before the figure's own is
    # «نرخ بیکاری جمعیت ۱۵ ساله», not the sentence up to the figure again
    text = "مرکز آمار اعلام کرد: نرخ بیکاری جمعیت ۱۵ ساله و بیشتر در تابستان ۱۴۰۳ به ۷.۵ درصد رسید."
    assert _metric_of(text, "۷.۵ درصد") == "unemployment-rate"


def test_this_figure_as_a_subject_is_the_quantity_named_before() -> None:
    text = "سخنگوی صنعت برق گفت: دیروز رکورد مصرف برق شکسته شد و این شاخص به ۶۸ هزار مگاوات رسید."
    assert _metric_of(text, "۶۸ هزار مگاوات") == "electricity-consumption"  # not «شاخص»


def test_a_kind_of_person_counted_is_what_the_count_counts() -> None:
    # «یک میلیون متقاضی»: the applicants, not «طرح» before them; «نفر» says no kind
    assert _metric_of("این طرح یک میلیون متقاضی مؤثر دارد.", "یک میلیون متقاضی") == "minted-متقاضی"
    assert _metric_of("دادستان از آزادی ۲۳۶۱ زندانی در یک ماه خبر داد.", "۲۳۶۱ زندانی") != "minted-ازاد"
    assert _metric_of("در اجتماع ۴ هزار نفری در ورزشگاه شرکت کردند.", "۴ هزار نفری") != "minted-نفر"


def test_a_share_in_brackets_after_a_count_is_of_what_the_count_counts() -> None:
    # «(۳۸ درصد)» is the share of the applicants, not of «طرح» read as projects
    text = "سرپرست معاونت مسکن گفت: این طرح یک میلیون متقاضی (۳۸ درصد) مؤثر دارد."
    found = {f.surface: f.metric.key for f in extract(Report("a.txt", text)).figures}
    assert found["۳۸ درصد"] == found["یک میلیون متقاضی"] != "projects"


def test_what_the_number_of_names_is_what_is_counted() -> None:
    # «تعداد X در Y»: X, not the nearest noun Y
    text = "رئیس سازمان آتش‌نشانی گفت: در حال حاضر تعداد ایستگاه‌های آتش‌نشانی در اردبیل پنج ایستگاه است."
    assert _metric_of(text, "پنج ایستگاه") == "minted-ایستگاهاتشنشان"
    text = "این روزنامه تعداد تانک‌های نیروهای مسلح ایران را حدود ۲ هزار عدد اعلام کرد."
    assert _metric_of(text, "حدود ۲ هزار عدد").startswith("minted-تانک")


def test_a_bare_number_counts_the_thing_named_after_it_not_a_concept_of_other_things() -> None:
    assert _metric_of("اجرای طرح آرامش بهاری در ۲۶۰ بقعه متبرکه آغاز شد.", "۲۶۰") != "projects"
    assert _metric_of("در روزهای عادی در این آزادراه حدود ۳۰ هزار تردد انجام می‌شود.", "حدود ۳۰ هزار") != (
        "road-length"
    )
    # people and money keep their concept whatever is named after the number
    assert _metric_of("پلیس از دستگیری ۳۸۶ مجرم طی دو روز گذشته خبر داد.", "۳۸۶") == "arrests"


def test_physical_progress_is_a_share_of_a_project_done_not_a_count_of_projects() -> None:
    text = "سرپرست معاونت مسکن گفت: میانگین پیشرفت پروژه‌های نهضت ملی حدود ۲۰ درصد است."
    assert _metric_of(text, "حدود ۲۰ درصد") == "physical-progress"
    assert _metric_of("بیمارستان زنجان با ۹۹ درصد پیشرفت فیزیکی در حال تکمیل است.", "۹۹ درصد") == (
        "physical-progress"
    )
    # «برنامه هفتم پیشرفت» is the development plan
    assert _metric_of("هدف رشد ۵.۵ درصدی برنامه هفتم پیشرفت است.", "۵.۵ درصدی") != "physical-progress"


def test_a_bare_number_with_a_noun_after_it_counts_the_noun_and_is_no_rate() -> None:
    assert _metric_of("وی از تصویب ۱۸۰ مصوبه برای پیشرفت و آبادانی استان خبر داد.", "۱۸۰") == "minted-مصوبه"
    assert _metric_of("اعزام ۱۱ هزار گروه جهادی با مشارکت ۵ میلیون بسیجی انجام شد.", "۵ میلیون") != (
        "voter-turnout"
    )
    # a rate whose unit is said once, at the end of the list, stays a rate
    text = "دولت هدف کاهش نرخ تورم به ۲۵ و رشد ۳ درصدی اقتصاد را دنبال می‌کند."
    assert _metric_of(text, "۲۵") == "inflation-rate"


def test_who_gave_the_news_of_a_figure_is_not_what_it_measures() -> None:
    # «X از [افتتاح] ۷ سد … خبر داد»: X (a body whose name holds «منابع», a label of revenue) told it
    text = "مدیرعامل شرکت مدیریت منابع آب ایران از افتتاح ۷ سد تا پایان شهریور در استان‌ها خبر داد."
    assert _metric_of(text, "۷") != "revenue"
    # wheat grown is not wheat bought
    assert _metric_of("وزیر جهاد کشاورزی از تولید ۷ میلیون تن گندم خبر داد.", "۷ میلیون تن") == (
        "agricultural-production"
    )


def test_a_clause_with_ke_about_the_subject_is_not_what_the_figure_measures() -> None:
    # «X که به معنی افزایش قیمت‌ها … است، [N درصد]»: X, not the prices its «که» clause explains
    text = (
        "مرکز آمار اعلام کرد: همچنین، تورم نقطه به نقطه که به معنی افزایش قیمت‌ها نسبت به خرداد سال "
        "گذشته است، ۳۹.۴ درصد اعلام شده است."
    )
    assert _metric_of(text, "۳۹.۴ درصد") == "inflation-point-to-point"


def test_this_rate_however_far_back_it_was_named_is_the_figure_befores_quantity() -> None:
    # «این شاخص» a long clause after «نرخ بیکاری» was named: what the figure before measures
    text = (
        "داده‌های مرکز آمار ایران نشان می‌دهد که در زمستان ۱۴۰۳، نرخ بیکاری افراد ۱۵ ساله و بیشتر به "
        "هفت و هشت دهم درصد رسیده و این شاخص نسبت به زمستان ۱۴۰۲، معادل هشت دهم درصد کاهش یافته است."
    )
    moved = next(f for f in extract(Report("a.txt", text)).figures if f.surface == "هشت دهم درصد")
    assert (moved.metric.key, moved.aspect) == ("unemployment-rate", "change")  # not one of its levels


def test_a_phrase_named_before_a_season_and_its_year_still_names_the_figure() -> None:
    # «سهم اشتغال ناقص [در تابستان ۱۴۰۳] حدود ۷.۳ درصد»: the period between is passed over
    text = "مرکز آمار اعلام کرد: سهم اشتغال ناقص در تابستان ۱۴۰۳ حدود ۷.۳ درصد بوده است."
    assert _metric_of(text, "حدود ۷.۳ درصد") == "minted-" + "".join(key(w) for w in ("اشتغال", "ناقص"))


@pytest.mark.parametrize(
    "text",
    [
        "وی گفت: تولید نفت در شهریور ۲.۵ میلیون بشکه در روز بود که این رقم نسبت به مدت مشابه پارسال افزایش "
        "۲۰ درصدی را نشان می‌دهد.",
        "وی گفت: تولید نفت در شهریور ۲.۵ میلیون بشکه در روز بود که نسبت به سال گذشته کاهش ۲۰ درصدی داشت.",
    ],
)
def test_a_word_of_change_alone_is_no_quantity_the_figure_before_is(text: str) -> None:
    assert _metric_of(text, "۲۰ درصدی") == _metric_of(text, "۲.۵ میلیون بشکه") == "oil-production"


@pytest.mark.parametrize(
    "text",
    [
        "مصرف بنزین کشور روز گذشته به ۱۴۴ میلیون لیتر رسید که نسبت به مدت مشابه پارسال (نهم فروردین)، "
        "۱۵ درصد افزایش داشته است.",
        "مصرف بنزین کشور روز گذشته به ۱۴۴ میلیون لیتر رسید که در مقایسه با سال قبل، ۱۵ درصد افزایش داشت.",
    ],
)
def test_a_change_set_against_a_base_right_after_a_figure_is_that_figures_quantity(text: str) -> None:
    moved = next(f for f in extract(Report("a.txt", text)).figures if f.surface == "۱۵ درصد")
    assert (moved.metric.key, moved.aspect) == ("gasoline-consumption", "change")


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # the level reached, a day's
        ("وزیر گفت: تحویل گاز به نیروگاه‌ها به روزی ۳۶ میلیون مترمکعب افزایش یافت.", None),
        ("وزیر گفت: تحویل گاز به نیروگاه‌ها به ۳۶ میلیون مترمکعب افزایش یافت.", None),
        ("وزیر گفت: تحویل گاز به نیروگاه‌ها روزانه ۳۶ میلیون مترمکعب افزایش یافت.", "change"),  # by how much
    ],
)
def test_a_level_reached_per_day_is_no_change(text: str, aspect: str | None) -> None:
    figure = next(f for f in extract(Report("a.txt", text)).figures if f.surface == "۳۶ میلیون مترمکعب")
    assert figure.aspect == aspect


@pytest.mark.parametrize("contrast", ["در حالی\u200cکه", "در حالی که", "درحالیکه"])
def test_this_figure_in_a_clause_of_contrast_is_the_figure_befores_quantity(contrast: str) -> None:
    text = (
        "مدیرکل ثبت احوال گفت: امسال ۱۲ هزار و ۵۰۵ مورد ازدواج به ثبت رسیده، "
        f"{contrast} این رقم در مدت مشابه سال گذشته ۱۳ هزار و ۲۰۵ مورد بود."
    )
    assert _metric_of(text, "۱۳ هزار و ۲۰۵ مورد") == _metric_of(text, "۱۲ هزار و ۵۰۵ مورد")


def test_a_figure_said_as_a_number_equal_to_is_the_figure_befores_quantity() -> None:
    text = (
        "مدیرکل گفت: ورودی آب به سدهای کشور ۱۹ میلیارد مترمکعب بوده که این عدد در مقایسه با سال "
        "گذشته که عددی معادل ۱۷ میلیارد مترمکعب بوده ۱۱ درصد افزایش داشته است."
    )
    assert _metric_of(text, "۱۷ میلیارد مترمکعب") == _metric_of(text, "۱۹ میلیارد مترمکعب")  # not «عدد»


def test_a_period_between_what_is_counted_and_the_count_is_passed_over_too() -> None:
    text = (
        "میزان بارندگی‌ها در کشور از ابتدای سال آبی جاری (ابتدای مهرماه ۱۴۰۱) گرچه تا ۱۲ اسفندماه به "
        "۱۳۴.۲ میلیمتر رسید، اما همچنان کمتر از دوره بلندمدت است."
    )
    assert _metric_of(text, "۱۳۴.۲ میلیمتر") == "rainfall"


@pytest.mark.parametrize("when", ["", "در ۹ ماه ابتدای سال جاری "])
def test_a_period_between_a_count_and_what_it_counts_is_passed_over(when: str) -> None:
    text = f"طبق اعلام این سازمان ۱۴ هزار و ۹۴۵ نفر {when}در تصادفات جان باختند."
    assert _metric_of(text, "۱۴ هزار و ۹۴۵ نفر") == "deaths"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("قائم مقام وزیر نیرو گفت: ۵۱۷ شهر از نظر منابع آبی در وضعیت سر به سر قرار دارد.", "۵۱۷ شهر"),
        ("وی گفت: بدهی دولت شش سال است که پرداخت نشده است.", "شش سال"),
    ],
)
def test_a_count_of_things_is_never_a_sum_of_money(text: str, surface: str) -> None:
    assert _metric_of(text, surface) not in ("revenue", "debt", "budget", "cost")


def test_a_worth_is_of_what_the_figure_before_counts() -> None:
    text = "رئیس کل گمرک گفت: از این میزان، ۴۸ میلیون تن کالای صادراتی به ارزش ۱۶ میلیارد دلار بوده است."
    assert _metric_of(text, "۱۶ میلیارد دلار") == _metric_of(text, "۴۸ میلیون تن")  # not «ارزش» alone


def test_growth_without_oil_is_another_quantity_than_growth() -> None:
    text = (
        "مرکز آمار اعلام کرد: در سه ماه نخست سال جاری رشد اقتصادی بدون نفت، ۶.۵ درصد و رشد اقتصادی "
        "همراه با نفت ۷ درصد بوده است."
    )
    assert (_metric_of(text, "۶.۵ درصد"), _metric_of(text, "۷ درصد")) == (
        "non-oil-economic-growth",
        "economic-growth",
    )


def test_the_members_of_a_list_count_what_its_last_counts() -> None:
    text = (
        "معاون بانک مرکزی گفت: گروه کشاورزی ۱.۱ درصد، نفت ۱۵.۴ درصد، بخش صنعت ۱۱.۶ درصد و بخش خدمات "
        "۳.۳ درصد رشد داشته است."
    )
    found = {f.surface: f.metric for f in extract(Report("a.txt", text)).figures}
    assert {m.key for m in found.values()} == {"sector-growth"}
    assert found["۱.۱ درصد"].of != found["۱۵.۴ درصد"].of  # each said of its own sector
    # a list by place stays places: no concept of the catalogue at its end
    text = "مدیرکل گفت: تهران ۲۰ درصد، اصفهان ۱۵ درصد و فارس ۱۰ درصد رشد داشتند."
    assert "sector-growth" not in {f.metric.key for f in extract(Report("a.txt", text)).figures}


def test_peak_freight_days_are_no_peak_of_electricity() -> None:
    text = "وی گفت: این عدد در روزهای پیک باری به ۱۰۰ هزار خودرو در یک روز رسید."
    assert _metric_of(text, "۱۰۰ هزار خودرو") != "electricity-consumption"


def test_a_noun_that_is_also_a_unit_still_names_what_is_counted() -> None:
    # «کشور» is a unit's name («۴۵ کشور») but here no number stands before it
    text = "وی گفت: ۷۰ درصد ظرفیت اقتصادی کشور فعال است."
    assert "کشور" in _metric_of(text, "۷۰ درصد")


def test_a_change_of_a_named_quantity_before_a_light_verb_keeps_the_quantity() -> None:
    text = "مدیرعامل گفت: نیروگاه‌های حرارتی ۵ درصد افزایش ظرفیت داشتند."
    assert _metric_of(text, "۵ درصد") == "minted-" + "".join(key(w) for w in ("افزایش", "ظرفیت"))


def test_people_counted_by_what_they_are_are_a_count_of_people() -> None:
    # «کارمند» is its figure's unit and still a count of the staff a concept counts in persons
    text = "مدیرعامل شرکت گفت: این شرکت ۵۰۰ کارمند دارد."
    assert _metric_of(text, "۵۰۰ کارمند") == "staff-headcount"


@pytest.mark.parametrize(
    ("text", "surface", "not_this"),
    [
        # a count of people is not a count of projects, however near «طرح» stands
        ("در پارلمان ۳۹۷ نماینده از طرح نخست وزیر حمایت کردند.", "۳۹۷ نماینده", "projects"),
        # a rate is not a count of people
        ("وی گفت: ۳۰۰ نفر برای حضور در جبهه مردمی ثبت نام کرده‌اند.", "۳۰۰ نفر", "share-of-society"),
        # issued and entered are not exports and imports
        ("رئیس سازمان افزود: تعداد کارت صادر شده برای گروه ریاضی ۱۴۲ هزار مورد بوده است.",
         "۱۴۲ هزار مورد", "exports"),
        ("وی گفت: خسارت‌های وارد شده به این مناطق ۱۰۲ هزار میلیارد ریال برآورد شده است.",
         "۱۰۲ هزار میلیارد ریال", "imports"),
        # a verdict issued («حکم … صادر شد») ships nothing
        ("مدیرکل تعزیرات گفت: حکم احتکار ۵۵۲ تن برنج صادر شد.", "۵۵۲ تن", "exports"),
        ("رئیس کل گمرک گفت: صادرات غیر نفتی کشور به ۱۱ میلیارد دلار رسید.", "۱۱ میلیارد دلار", "oil-exports"),
        # trips and people on roads are no length of road
        ("وی افزود: در این مدت ۷۸ میلیون سفر بین استانی در جاده‌های کشور به ثبت رسید.",
         "۷۸ میلیون سفر", "road-length"),
        ("وی گفت: ۵۱۰ نفر در تصادفات جاده‌ای جان باختند.", "۵۱۰ نفر", "road-length"),
        # «شاخص» alone is no stock index: «شاخص تورم», «شاخص قیمت»
        ("بانک مرکزی اعلام کرد: شاخص تورم نقطه‌ای قیمت کالاها در فروردین ۲۷ واحد درصد کاهش یافت.",
         "۲۷ واحد درصد", "stock-index"),
        # a headline's clauses parted by a slash: the second one's quantity is not the first's
        ("رشد ۸ درصدی صنعت در ۱۴۰۳ / واردات ۱۲ درصد کم شد", "۸ درصدی", "imports"),
        ("افزایش ۲۰ درصدی تولید خودرو / صادرات به ۳ میلیارد دلار رسید", "۲۰ درصدی", "exports"),
    ],
)
def test_a_concept_counting_another_thing_is_not_the_figures(text: str, surface: str, not_this: str) -> None:
    assert _metric_of(text, surface) != not_this


@pytest.mark.parametrize(
    ("text", "surface", "said_of"),
    [
        # the noun phrase after the shortest label: «رشد بخش [کشاورزی]»
        ("وزیر گفت: رشد بخش کشاورزی در سال گذشته به ۵ درصد رسید.", "۵ درصد", {"کشاورز"}),
        ("وزیر از رشد ۴.۵ درصدی بخش صنعت در سال گذشته خبر داد.", "۴.۵ درصدی", {"صنعت"}),
        # the change word after the figure: the label in its own order, «رشد بخش [صنعت]»
        ("وزیر گفت: در ۹ ماه اول امسال بخش صنعت ۸ درصد رشد داشته است.", "۸ درصد", {"صنعت"}),
        # «هر» and its measure passed over; how much and where are not of what
        ("وی گفت: قیمت هر کیلو سیب ۴۰ هزار تومان است.", "۴۰ هزار تومان", {"سیب"}),
        ("وی گفت: ارزش صادرات کشور به ۵۰ میلیارد دلار رسید.", "۵۰ میلیارد دلار", set()),
        ("وی گفت: امسال ۲ میلیون تن صادرات فولاد انجام شد.", "۲ میلیون تن", {"فولاد"}),
    ],
)
def test_what_a_concept_is_said_of(text: str, surface: str, said_of: set[str]) -> None:
    from claimgraph.loaders.normalize import key

    [figure] = [f for f in extract(Report("t.txt", text)).figures if f.surface == surface]
    assert not figure.metric.minted
    assert set(figure.metric.of) == {key(w) for w in said_of}


def test_who_told_is_no_word_of_what_is_counted() -> None:
    text = (
        "مدیرکل علی نوری گفت: پروازها ادامه دارد. به گفته آقای نوری تا پایان دی روزانه سه پرواز انجام "
        "می‌شود."
    )
    [figure] = extract(Report("a.txt", text)).figures
    assert "نوری" not in figure.metric.key and not any("نور" in k for k in figure.context)


def test_passengers_carried_are_not_tourists() -> None:
    text = "راه آهن امسال ۳۰ میلیون مسافر جابجا کرد و ۶ میلیون گردشگر خارجی آمدند."
    found = {f.surface: f.metric.key for f in extract(Report("a.txt", text)).figures}
    assert found == {"۳۰ میلیون مسافر": "passengers", "۶ میلیون گردشگر": "tourists"}


def test_the_whole_country_in_the_next_conjunct_leaves_a_provinces_figure_its_province() -> None:
    text = "مدیرعامل گفت: در استان فارس ۲۰۰ مگاوات و در کل کشور ۵ هزار مگاوات به ظرفیت اضافه شد."
    scopes = {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}
    assert scopes == {"۲۰۰ مگاوات": key("فارس"), "۵ هزار مگاوات": None}


def test_a_provincial_office_speaks_of_its_province_unless_it_names_the_country() -> None:
    text = (
        "به گزارش ایرنا، مدیرکل هواشناسی استان سمنان گفت: از ابتدای سال آبی جاری ۴۰ میلیمتر باران باریده "
        "است. وی افزود: میانگین بارش کشور در همین مدت ۶۵ میلیمتر بوده است."
    )
    scopes = {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}
    assert scopes == {"۴۰ میلیمتر": key("سمنان"), "۶۵ میلیمتر": None}


def test_a_town_hall_does_not_make_its_figures_a_provinces() -> None:
    text = "به گزارش ایرنا، شهردار تبریز گفت: ۲۰۰ اتوبوس جدید وارد ناوگان می‌شود."
    assert {f.surface: f.scope for f in extract(Report("a.txt", text)).figures} == {"۲۰۰ اتوبوس": None}


def test_a_base_with_no_noun_counts_what_the_figure_it_is_set_against_counts() -> None:
    text = (
        "سخنگوی سازمان گفت: در شش ماه نخست امسال ۱۲ میلیون تن کالا صادر شد که در مدت مشابه سال قبل، "
        "۱۴ میلیون تن بود."
    )
    metrics = {f.surface: f.metric.key for f in extract(Report("a.txt", text)).figures}
    assert metrics["۱۴ میلیون تن"] == metrics["۱۲ میلیون تن"] == "exports"


def test_a_place_with_its_own_figure_after_a_total_is_not_the_totals() -> None:
    text = (
        "به گزارش ایسنا، از کل ۷۹ هزار ازدواج ثبت شده در کشور بیشترین ازدواج‌ها مربوط به استان‌های تهران با "
        "۹۲۷۲ مورد و خوزستان با ۶۱۵۷ مورد است."
    )
    scopes = {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}
    assert scopes == {"۷۹ هزار": None, "۹۲۷۲ مورد": key("تهران"), "۶۱۵۷ مورد": key("خوزستان")}


def test_figures_of_several_places_together_are_neither_one_of_them_nor_the_countrys() -> None:
    text = (
        "وی اضافه کرد: ۶ استان آذربایجان غربی، همدان، خراسان رضوی، اردبیل، زنجان و آذربایجان شرقی نیز با "
        "مجموع خرید ۲ میلیون تن گندم، سهم ۲۷ درصدی داشته‌اند. هلال‌احمر در ۲۴ استان کشور شامل اردبیل، اصفهان، "
        "بوشهر و یزد، به ۱۸ هزار نفر خدمات ارائه کرد."
    )
    scopes = {f.surface: f.scope for f in extract(Report("a.txt", text)).figures}
    together = scopes["۲ میلیون تن"]
    assert together is not None and together not in (key("آذربایجان غربی"), key("همدان"))
    assert scopes["۱۸ هزار نفر"] is None  # the country's 24 provinces, named


def test_a_weekday_is_never_what_a_figure_counts() -> None:
    text = "دیوان عالی روز سه شنبه حکم حبس سه معلم را لغو کرد."
    assert "شنبه" not in _metric_of(text, "سه معلم")


def test_a_subject_and_its_time_before_a_comma_say_what_the_clause_after_reached() -> None:
    text = "تولید کنسانتره سنگ آهن کشور طی پنج ماه نخست سال ۱۴۰۴، به ۲۱ میلیون تن رسید."
    assert _metric_of(text, "۲۱ میلیون تن") != "minted-unknown"
    assert "سنگ" in _metric_of(text, "۲۱ میلیون تن")


def test_a_month_or_the_end_of_a_stretch_is_not_what_a_rate_is_said_of() -> None:
    from claimgraph.loaders.metrics import said_of_words

    # «تورم آذرماه», «تورم سالانه منتهی به دی»: the same rate in two months, not of two things
    assert said_of_words(["آذرماه"]) == said_of_words(["منتهی"]) == ()
    assert said_of_words(["خانوارهای", "شهری"]) != ()
