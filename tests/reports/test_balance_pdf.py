from datetime import date
from io import BytesIO

from pypdf import PdfReader

from exchange_planner.reports.balance import build_balance_pdf

AS_OF = date(2024, 8, 20)


def text_of(source) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(source).pages)


def test_sample_balance_pdf(services, sample_ids, tmp_path):
    data = services.balance.report_data(sample_ids["partnership"], AS_OF)
    target = tmp_path / "balance.pdf"
    assert build_balance_pdf(data, target, lang="de+ko") >= 1
    text = text_of(target)
    assert "Austauschbilanz" in text and "교류 현황" in text
    assert "Partnerschaft seit 2011" in text
    assert text.index("2023") < text.index("2024") < text.index("Gesamt")
    assert "185,00" in text and "120,00" in text
    assert "(1 vorgeschlagen" in " ".join(text.split())
    assert "Offizieller Besuch der Delegation aus Gwangju" in text
    assert "Besuch nicht erwidert" in text
    assert "Residenz ohne Gegenresidenz" not in text


def test_empty_partnership_and_escaping(services, tmp_path):
    partnership = services.partnerships.create(
        partner_city="<i>Addis</i> & Co", country="Ethiopia", timezone="Africa/Addis_Ababa"
    )
    data = services.balance.report_data(partnership.id, AS_OF)
    target = BytesIO()
    build_balance_pdf(data, target, lang="en")
    text = text_of(BytesIO(target.getvalue()))
    assert "<i>Addis</i> & Co" in text
    assert "No exchanges recorded." in text
    assert "None: every exchange has been answered." in text


def test_balance_pdf_is_reproducible(services, sample_ids):
    data = services.balance.report_data(sample_ids["partnership"], AS_OF)
    first, second = BytesIO(), BytesIO()
    build_balance_pdf(data, first)
    build_balance_pdf(data, second)
    assert first.getvalue() == second.getvalue()


def test_every_font_is_embedded(services, sample_ids):
    data = services.balance.report_data(sample_ids["partnership"], AS_OF)
    target = BytesIO()
    build_balance_pdf(data, target, lang="ko")
    reader = PdfReader(BytesIO(target.getvalue()))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("+" in name for name in fonts), fonts  # subset prefix = embedded
    assert "연도별 교류" in text_of(BytesIO(target.getvalue()))


def test_no_word_is_split_in_the_table(services, sample_ids, tmp_path):
    """The bold totals row once printed "(1 vorgeschla" / "gen)" in a column too narrow."""
    data = services.balance.report_data(sample_ids["partnership"], AS_OF)
    for lang in ("de", "en", "de+ko"):
        target = tmp_path / f"balance-{lang}.pdf"
        build_balance_pdf(data, target, lang=lang)
        words = text_of(target).split()
        proposed = "vorgeschlagen" if lang.startswith("de") else "proposed"
        assert sum(proposed in word for word in words) == 2, (lang, words)
