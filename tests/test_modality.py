"""Achieved, stated or not yet: the modality of figures in hand-written agency sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.loaders.model import Report
from claimgraph.loaders.pipeline import extract

# (sentence, surface of the figure, whether it is forward-looking: a target, plan or forecast)
CASES: list[tuple[str, str, bool]] = [
    # a budget line «پیش‌بینی» is planned money
    ("برای ساخت این ورزشگاه ۲۰ میلیارد ریال اعتبار پیش‌بینی و امسال ۵ میلیارد ریال آن مصوب شد.",
     "۲۰ میلیارد ریال", True),
    # a later «که» clause with a future verb does not make a present fact a target
    ("وی گفت: بیش از ۶ هزار نفر از معلمان استان خانه ندارند که واگذاری زمین به آنان در اولویت خواهد بود.",
     "بیش از ۶ هزار نفر", False),
    # … but a «که» clause that describes the counted thing does
    ("وی گفت: از ۳۰۰ هزار واحد مسکن که قرار بود امسال تحویل شود، ۸۰ هزار واحد تحویل شد.",
     "۳۰۰ هزار واحد", True),
    ("وی گفت: قرار بوده ۲۵۰ نفر در این کارخانه مشغول به کار شوند.", "۲۵۰ نفر", True),
    ("وی گفت: پارسال ۴۲ هزار تن گندم خریداری شد.", "۴۲ هزار تن", False),
    # «… قرار بوده X … اما هم اکنون به Y رسیده‌ایم»: Y is reached
    ("رئیس‌جمهور گفت: قرار بوده ۷۰۰ میلیون متر مکعب آبرسانی انجام شود اما هم اکنون به یک میلیون متر "
     "مکعب رسیده‌ایم.", "یک میلیون متر مکعب", False),
    # a future passive, «تا پیش از پایان امسال», a commitment, a hope: ahead; beating a plan: reached
    ("وی گفت: با راه‌اندازی فاز جدید، ۳۰ میلیون مترمکعب دیگر به تولید روزانه گاز افزوده می‌شود.",
     "۳۰ میلیون مترمکعب", True),
    ("وی گفت: تولید گاز تا پیش از پایان امسال به بیش از ۷۰۰ میلیون مترمکعب در روز می‌رسد.",
     "بیش از ۷۰۰ میلیون مترمکعب", True),
    ("وی گفت: سال گذشته تعهد اشتغال استان ۳۰ هزار نفر بود که ۲۸ هزار نفر آن محقق شد.", "۳۰ هزار نفر", True),
    ("وی گفت: امیدواریم تولید را به ۲.۵ میلیون بشکه برسانیم.", "۲.۵ میلیون بشکه", True),
    ("وی گفت: در پنج ماهه امسال با رشد ۱۳ درصدی از برنامه پیش بینی شده پیشی گرفتیم.", "۱۳ درصدی", False),
    # «از هدف‌گذاری X به Y رسید»: the aim is X's; Y is reached
    ("وزیر گفت: بخش صنعت از هدف‌گذاری رشد ۵.۵ درصدی برنامه هفتم به رشد ۴.۶ درصدی رسید.", "۴.۶ درصدی", False),
    ("وزیر گفت: بخش صنعت از هدف‌گذاری رشد ۵.۵ درصدی برنامه هفتم به رشد ۴.۶ درصدی رسید.", "۵.۵ درصدی", True),
    # an event announced in the present tense, or by a deadline, is planned
    ("شهردار گفت: در آستانه مهرماه ۱۵۰ اتوبوس جدید وارد ناوگان می‌شود.", "۱۵۰ اتوبوس", True),
    # a headline with no verb of its own over the same claim said with a future verb
    ("ورود ۸۰ اتوبوس برقی به ناوگان تبریز\nسخنگوی شهرداری تبریز از ورود ۸۰ دستگاه اتوبوس برقی به ناوگان "
     "خبر داد. وی گفت: هفته آینده ۸۰ اتوبوس برقی را تقدیم شهروندان خواهیم کرد.", "۸۰ دستگاه اتوبوس", True),
    ("وزیر گفت: امسال بیش از ۵ هزار تخت بیمارستانی افتتاح می‌شود.", "بیش از ۵ هزار تخت بیمارستانی", True),
    ("وزیر گفت: تا پایان دولت ۸۰۰ تخت دیگر به بهره‌برداری می‌رسد.", "۸۰۰ تخت", True),
    # … or by those who will do it, whatever was said before it in the past tense
    ("رئیس‌جمهور گفت: همان طور که وزیر اعلام کرد، امسال ۱۰ هزار تخت را افتتاح می کنیم.", "۱۰ هزار تخت", True),
    ("وزیر گفت: سالانه ۵۰۰ هزار تن شکر وارد می‌کنیم.", "۵۰۰ هزار تن", False),  # a habit, not a plan
    # an obligation or a commitment is an aim
    ("وزیر گفت: باید ۲ میلیون تن گندم از کشاورزان خریداری شود.", "۲ میلیون تن", True),
    ("وزیر گفت: دولت متعهد شد ۲۰ هزار واحد مسکن بسازد.", "۲۰ هزار واحد", True),
    # «برنامه ما این است که …»: a plan
    ("وزیر گفت: برنامه ما این است که امسال ۱۴ میلیون خانوار را تحت پوشش فیبر نوری قرار دهیم.",
     "۱۴ میلیون خانوار", True),
    # … but «باید … باشد» states a norm
    ("وی گفت: تاکنون ۴ میلیمتر بارش ثبت شده، در حالی که میانگین معمول باید حدود ۲۸ میلیمتر باشد.",
     "حدود ۲۸ میلیمتر", False),
]


def test_a_figure_of_a_period_still_to_come_is_planned() -> None:
    from datetime import date

    text = "وزیر گفت: در پنج سال آینده ۳۰۰ هزار واحد مسکن ساخته می‌شود و امسال ۵۰ هزار واحد ساخته می‌شود."
    figures = {f.surface: f for f in extract(Report("a.txt", text, published=date(2025, 9, 1))).figures}
    assert figures["۳۰۰ هزار واحد"].modality == "plan"
    assert figures["۵۰ هزار واحد"].modality == "stated"  # this year has begun: a habit or a plan


def test_a_condition_is_no_plan_whatever_time_ahead_it_names() -> None:
    from datetime import date

    text = (
        "وی گفت: اگر مصرف در هفته آینده از ۴۰۰ میلیون مترمکعب بیشتر شود، ناچار خواهیم شد محدودیت اعمال "
        "کنیم. در هفته آینده ۴۰۰ میلیون مترمکعب گاز به نیروگاه‌ها می‌رسد."
    )
    found = [f for f in extract(Report("a.txt", text, published=date(2025, 1, 5))).figures]
    assert [f.modality for f in found] == ["stated", "plan"]


def test_a_deadline_already_past_is_no_plan() -> None:
    from datetime import date

    text = "سخنگوی گمرک گفت: تجارت خارجی تا پایان مرداد امسال به ۱۰۹ میلیارد دلار رسید."
    late = {f.surface: f for f in extract(Report("a.txt", text, published=date(2025, 9, 1))).figures}
    assert late["۱۰۹ میلیارد دلار"].modality == "achieved"
    text = "سخنگوی گمرک گفت: تا پایان آذر امسال ۱۰۰ واحد تحویل می‌شود."
    ahead = {f.surface: f for f in extract(Report("a.txt", text, published=date(2025, 9, 1))).figures}
    assert ahead["۱۰۰ واحد"].modality == "plan"

# A forecast of what will happen is no aim the speaker sets, and no estimate of what is.
FORECASTS: list[tuple[str, str]] = [
    ("معاون وزیر گفت: پیش‌بینی می‌شود مصرف گاز خانگی تا پایان هفته به ۵۹۰ میلیون مترمکعب برسد.",
     "۵۹۰ میلیون مترمکعب"),
    ("وی افزود: در صورت تداوم سرما این رقم احتمالاً به ۶۱۰ میلیون مترمکعب افزایش خواهد یافت.",
     "۶۱۰ میلیون مترمکعب"),
]


@pytest.mark.parametrize(("text", "surface", "forward"), CASES)
def test_forward_or_not(text: str, surface: str, forward: bool) -> None:
    figures = {f.surface: f for f in extract(Report("a.txt", text)).figures}
    assert surface in figures, list(figures)
    assert (figures[surface].modality in {"target", "plan", "forecast"}) == forward, figures[surface].modality


@pytest.mark.parametrize(("text", "surface"), FORECASTS)
def test_a_forecast_is_a_forecast(text: str, surface: str) -> None:
    figures = {f.surface: f for f in extract(Report("a.txt", text)).figures}
    assert figures[surface].modality == "forecast"


# News of what was done, said with «از … خبر داد» or a perfect of «دادن»: done so far, so
# «امسال» runs to the report's day
DONE_SO_FAR: list[tuple[str, str]] = [
    ("فرمانده انتظامی استان از کشف ۶ تن مواد مخدر طی سال جاری خبر داد.", "۶ تن"),
    ("مدیرکل گفت: در سال جاری تولیدات صنعتی ۱۵ درصد از صادرات استان را تشکیل داده است.", "۱۵ درصد"),
    ("مدیرعامل آبفا از کاهش ۳ درصدی مصرف آب در سال جاری خبر داد.", "۳ درصدی"),
    # a conjunct with no verb of its own shares the next one's
    ("رئیس پلیس آگاهی استان گفت: در سال جاری ۶۴۰ سارق دستگیر و ۹۰ باند سرقت متلاشی شده است.", "۶۴۰ سارق"),
    # what happened
    ("فرمانده یگان گفت: یکهزار و ۵۰۲ فقره آتش‌سوزی در عرصه‌های ملی طی سال جاری رخ داد.", "یکهزار و ۵۰۲ فقره"),
    ("فرمانده یگان گفت: در سال جاری ۳۰۰ حادثه در جاده‌های استان اتفاق افتاده است.", "۳۰۰"),
]


@pytest.mark.parametrize(("text", "surface"), DONE_SO_FAR)
def test_news_of_what_was_done_is_done_so_far(text: str, surface: str) -> None:
    from datetime import date

    figures = {f.surface: f for f in extract(Report("a.txt", text, published=date(2025, 10, 20))).figures}
    assert figures[surface].modality == "achieved"
    held = figures[surface].anchor
    assert (held.first, held.last) == (date(2025, 3, 21), date(2025, 10, 20))


def test_news_of_a_payment_by_a_deadline_is_still_a_plan() -> None:
    text = "وزیر از پرداخت ۲۰ هزار میلیارد تومان به گندمکاران تا پایان هفته خبر داد."
    figures = {f.surface: f for f in extract(Report("a.txt", text)).figures}
    assert figures["۲۰ هزار میلیارد تومان"].modality == "plan"


def test_news_of_a_change_in_a_year_ahead_is_a_plan() -> None:
    text = "وزیر از افزایش ۲۰ درصدی حقوق کارمندان در سال آینده خبر داد."
    figures = {f.surface: f for f in extract(Report("a.txt", text, published=date(2025, 1, 10))).figures}
    assert figures["۲۰ درصدی"].modality == "plan"
