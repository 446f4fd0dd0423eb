"""PDF documents with ReportLab: functions from plain data to a file. No Qt, no database.

Building blocks for every document (use these for new documents too)::

    from exchange_planner.reports.fonts import font_set
    from exchange_planner.reports.i18n import Language
    from exchange_planner.reports.styles import make_styles, TABLE_STYLE, FIELDS_STYLE
    from exchange_planner.reports.templates import PageFrame, build_pdf, content_width
    from exchange_planner.reports.text import para

    lang = Language("de+ko")              # "de", "en", "ko", "de+ko", "de+en"
    fonts = font_set(user_font_path)      # None -> DejaVu Sans + NanumGothic, embedded subsets
    s = make_styles(fonts)                # s.h1, s.h2, s.body, s.cell, s.cell_bold, s.label, ...
    story = [para(lang.label("program"), s.h1), para(user_text, s.body)]
    pages = build_pdf(path_or_binary_file, story, fonts=fonts, lang=lang, title="...",
                      frame=PageFrame(header_left="...", header_right="...",
                                      footer_left="As of ... · Version 2"))

Rules:

- ``para(text, style)`` is the only way user text becomes a Paragraph: it escapes with
  ``xml.sax.saxutils.escape`` (so ``<b>``, ``<a href>``, ``<img src>`` print literally), keeps
  line breaks, accepts None/empty, drops control characters and sets Hangul (or anything the
  primary face lacks) in the fallback face. Never pass user text to ``Paragraph`` directly.
- Styles are data (``styles.STYLE_SPECS``); ``make_styles(fonts, specs)`` accepts extra specs.
- Labels: ``i18n.LABELS`` maps key -> (de, en, ko); ``lang.label(key, **values)`` joins the
  document's languages ("Programm / 일정"). Add labels for a new document to your own dict and
  format them the same way, or extend ``LABELS`` by a small append. Dates: ``lang.date(d)``
  ("26. Juli 2023", "2023년 7월 26일"), ``lang.date_all(d)``, ``lang.date_range_all(a, b)``,
  ``lang.datetime(dt)``, ``lang.money(amount, "EUR")``; names: ``lang.name_line(person)``
  (Korean documents put the family name first).
- ``build_pdf`` lays out A4 pages (``wide=True`` for landscape) with a running header, a footer
  with "page X of Y", and writes PDF/A-2b (``reports.archive``); pass ``about=data`` for the
  author (the office), keywords and "as of" time. A normal print is dated now; inside
  ``archive.reproducible()`` (the tests) the same data gives the same bytes. Tables: pass
  ``repeatRows`` so split tables repeat their header, and ``splitInRow=1`` so a very long
  cell can continue on the next page.

Documents: ``itinerary.build_itinerary`` (visit and personal itineraries) and
``gifts.build_gift_protocol`` (per visit or per year), fed by ``services.documents``.
"""
