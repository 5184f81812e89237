"""Normalisation: a table of tricky strings, glued-word repair, and offsets that map back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.loaders.glue import hazm_lines, lexicon, repair_token
from claimgraph.loaders.normalize import ZWNJ, key, normalize, normalize_text

Z = ZWNJ

NORMALISE = [
    ("", ""),
    ("   ", ""),
    ("كتاب", "کتاب"),  # Arabic kaf
    ("علي", "علی"),  # Arabic yeh
    ("موسى", "موسی"),  # alef maksura
    ("123", "۱۲۳"),  # Latin digits
    ("١٢٣", "۱۲۳"),  # Arabic-Indic digits
    ("سال 1402 و ١٤٠٣", "سال ۱۴۰۲ و ۱۴۰۳"),  # three scripts in one sentence
    ("۱٫۵ درصد", "۱٫۵ درصد"),  # a decimal survives (hazm's spacing splits it)
    ("2.5 درصد", "۲٫۵ درصد"),  # Latin decimal point
    ("۲/۵ درصد", "۲٫۵ درصد"),  # slash as decimal point
    # old copy that writes a decimal's parts reversed gives itself away with «N/0» (0.N)
    ("رشد 7/3 درصدی و رشد 1/0 درصدی", "رشد ۳٫۷ درصدی و رشد ۰٫۱ درصدی"),
    ("نرخ بیکاری با ۸/۱ درصد کاهش به ۵/۱۰ درصد رسید", "نرخ بیکاری با ۱٫۸ درصد کاهش به ۱۰٫۵ درصد رسید"),
    # … and so does a space after the slash, on its own
    ("افزایش ۱/ ۳۹ درصد و ۸/ ۸ درصد", "افزایش ۳۹٫۱ درصد و ۸٫۸ درصد"),
    ("۱۲۰,۰۰۰ نفر", "۱۲۰٬۰۰۰ نفر"),  # comma thousands
    ("1,234,567 ریال", "۱٬۲۳۴٬۵۶۷ ریال"),
    ("۳،۵۰۰ نفر", "۳٬۵۰۰ نفر"),  # the Arabic comma between groups of three: thousands
    ("۱۸ و۲۰ اسفند", "۱۸ و ۲۰ اسفند"),  # «و» glued to a number is the conjunction
    ("ج۴", "ج۴"),  # a single letter before a number stays (a citation)
    (f"تصریح{Z}کرد", "تصریح کرد"),  # a reporting verb's noun and light verb: two words
    (f"اظهار{Z}داشتند", "اظهار داشتند"),
    ("مواد ۱۲، ۱۳ و ۱۴", "مواد ۱۲، ۱۳ و ۱۴"),  # with a space: a list
    ("۱۴۰۱/۰۲/۰۳", "۱۴۰۱/۰۲/۰۳"),  # a date keeps its slashes
    (f"می{Z}{Z}شود", f"می{Z}شود"),  # doubled ZWNJ
    ("سال\u00adهای ۹۸ و ۹۹", f"سال{Z}های ۹۸ و ۹۹"),  # a soft hyphen typed for a ZWNJ
    (f"{Z}کتاب{Z}", "کتاب"),  # ZWNJ at word edges
    (f"کتاب {Z}ها", f"کتاب{Z}ها"),  # ZWNJ beside a space, then the plural joins
    ("می شود", f"می{Z}شود"),  # the verb prefix takes a ZWNJ
    ("کتاب ها", f"کتاب{Z}ها"),  # the plural takes a ZWNJ
    ("اقتصــــاد", "اقتصاد"),  # kashida
    ("مُحَمَّد", "محمد"),  # diacritics
    ("دو\u00a0میلیون", "دو میلیون"),  # NBSP
    ("دو  میلیون", "دو میلیون"),  # doubled space
    ("تأمیناجتماعی", f"تأمین{Z}اجتماعی"),  # glued words are repaired
    ("اظهارداشت", "اظهار داشت"),  # a glued compound verb gets its space
    ("بیش از324 هزار تن", "بیش از ۳۲۴ هزار تن"),  # a word glued to digits
    ("رشد37 درصدی", "رشد ۳۷ درصدی"),
    ("22هزار نفر", "۲۲ هزار نفر"),  # digits glued to a word
    ("۱۰میلیون و ۳۵۰هزارتن", "۱۰ میلیون و ۳۵۰ هزار تن"),  # a scale word glued to its unit
    (f"۳ میلیون{Z}تن", "۳ میلیون تن"),
    ("۱۲ هزارمگاوات", "۱۲ هزار مگاوات"),
    ("۵ هزار تنوع", "۵ هزار تنوع"),  # not a unit: left alone
    ("ج4 ص12", "ج۴ ص۱۲"),  # one letter stays glued: a citation
    ("عزت الله", f"عزت{Z}الله"),  # the Arabic part of a name joins it
    ("روح اله", f"روح{Z}اله"),  # spelled short, it joins the name and keeps its spelling
    (f"حبیب{Z}اله", f"حبیب{Z}اله"),
    ("این مقاله", "این مقاله"),  # not a name's second part
    ("خبرگزاری آریا-رئیس هلال احمر", "خبرگزاری آریا - رئیس هلال احمر"),  # an agency's dash glued on
    ("حجت الاسلام و المسلمین", f"حجت{Z}الاسلام والمسلمین"),
    ("رشد ۷،۱ درصدی", "رشد ۷٫۱ درصدی"),  # the Arabic comma as a decimal point before «درصد»
    ("سال‌های ۱، ۲ و ۳ درصد", f"سال{Z}های ۱، ۲ و ۳ درصد"),  # a list stays a list
    ("۳،۵۰۰ نفر", "۳٬۵۰۰ نفر"),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALISE)
def test_normalise(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


GLUED = [
    ("تأمیناجتماعی", f"تأمین{Z}اجتماعی"),
    ("بیمهشده", f"بیمه{Z}شده"),
    ("زدهاند", f"زده{Z}اند"),
    ("صومعهسرا", f"صومعه{Z}سرا"),
    ("هزینهها", f"هزینه{Z}ها"),
    ("سالهای", f"سال{Z}های"),
    ("بیمهای", f"بیمه{Z}ای"),
    ("سدهای", f"سد{Z}های"),  # dams: «سد» is the commoner word, not «سده» (century)
    ("سدها", f"سد{Z}ها"),
    ("میتوان", f"می{Z}توان"),
    ("نمیشود", f"نمی{Z}شود"),
    ("همافزایی", f"هم{Z}افزایی"),
    ("برشمردهاند", f"برشمرده{Z}اند"),
    ("بهگزارش", "به گزارش"),
    ("رئیسجمهور", f"رئیس{Z}جمهور"),
    # a post is written apart from the name before it and the body after it
    ("مهاجرمعاون", "مهاجر معاون"),
    ("وزیرکشاورزی", "وزیر کشاورزی"),
    # a province's name is a word of its own, apart from the word before it
    ("برقکهگیلویه", "برق کهگیلویه"),
    # «در» glued to a common noun is the preposition, not a preverb («نشست» is a verb stem too)
    ("درنشست", "در نشست"),
    ("درجلسه", "در جلسه"),
    # a noun glued to a light verb: two words
    ("اعلامکرد", "اعلام کرد"),
    ("دستگیرشد", "دستگیر شد"),
]
KEEP = [
    "تنها", "آنها", "میدان", "میلیون", "دلخوش", "میرهاشم", "محمدرضا",
    "بتواند", "برداشتند", "همکاران", "بهترین",
    # names built on a given name: «آقا», «پور», the Arabic article, a surname's ending
    "آقامحمدی", "پورابراهیمی", "الخلیل", "الهاشمی", "نصیرنیا",
    "بهای",  # the price of (not «به‌ای»)
    "درآمد", "درگذشت", "درخواست",  # words and verbs of their own
    "عملکرد", "رویکرد", "کارکرد",
]


@pytest.mark.parametrize(("glued", "repaired"), GLUED)
def test_glued_words_are_split(glued: str, repaired: str) -> None:
    assert repair_token(glued) == repaired


@pytest.mark.parametrize("word", KEEP)
def test_real_words_and_names_stay_whole(word: str) -> None:
    assert repair_token(word) is None


def test_lexicon_is_hazms_word_list_read_without_importing_hazm() -> None:
    """The lexicon reads hazm's data files itself (importing hazm cost 0.46 s per process);
    it must still hold what hazm's own readers return."""
    import subprocess
    import sys

    probe = "import sys; from claimgraph.loaders.glue import lexicon; lexicon(); print('hazm' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
    from hazm.utils import stopwords_list, verbs_list, words_list

    lex = lexicon()
    assert lex.words == {word: count for word, count, _ in words_list()}
    stems = [line.partition("#") for line in verbs_list()]
    assert lex.past == {p for p, _, _ in stems} - {""} and lex.present == {q for _, _, q in stems} - {""}
    assert sorted(set(hazm_lines("stopwords.dat")) - {""}) == [w for w in stopwords_list() if w]


def test_keys_ignore_spelling_variants() -> None:
    assert key("سازمان تامین اجتماعی") == key("سازمان تأمین‌اجتماعی") == key("سازمان تأمیناجتماعی")
    assert key("رئیس جمهور") == key("رييس‌جمهور".replace("یی", "ئی"))
    assert key("علي") == key("علی")


TRICKY = st.text(
    alphabet=st.sampled_from(list("سلامکتابيكمی ۱۲٣4٫,./٬ـَُ\u00a0" + ZWNJ + ZWNJ + "هزارمیلیون")), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(TRICKY)
def test_offsets_map_back_to_the_raw_text(raw: str) -> None:
    mapped = normalize_text(raw)
    text = mapped.text
    starts = [mapped.raw_span(i, i + 1)[0] for i in range(len(text))]
    assert starts == sorted(starts), "offsets keep the order of the text"
    for i, char in enumerate(text):
        s, e = mapped.raw_span(i, i + 1)
        assert 0 <= s <= e <= len(raw)
        if char.isalnum():  # a letter or digit comes from raw text, never from nowhere
            assert e > s and normalize(raw[s:e].replace("ـ", "")).replace(ZWNJ, "").strip()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_normalisation_never_raises_and_spans_stay_in_bounds(raw: str) -> None:
    mapped = normalize_text(raw)
    s, e = mapped.raw_span(0, len(mapped.text))
    assert 0 <= s <= e <= len(raw)


def test_a_source_line_broken_after_be_gozaresh_goes_on() -> None:
    text = "عنوان خبر\n\nبه گزارش\nخبرگزاری صدا و سیما، انجمن اعلام کرد: ۵ درصد"
    assert normalize(text) == "عنوان خبر\n\nبه گزارش خبرگزاری صدا و سیما، انجمن اعلام کرد: ۵ درصد"


def test_a_metric_length_unit_is_not_split_as_a_comparative() -> None:
    from claimgraph.loaders.normalize import normalize_text

    assert normalize_text("۱۸ میلیمتر و ۴ سانتیمتر").text == "۱۸ میلیمتر و ۴ سانتیمتر"
