"""The annual meeting deck (16:9 .pptx) drawn from an AnnualPack: white slides, dark text, one
accent colour, native (editable) PowerPoint charts with their data inside, text of 18 pt or more,
a footer and a slide number on every slide but the first, and speaker notes naming the sources."""

from __future__ import annotations

import datetime as dt
import io
import math

import pandas as pd
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_TICK_MARK
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from ..charts.theme import BAD, GOOD, PALETTE, TEXT, WARN
from ..database import Database
from ..exports import xlsx_bytes
from ..fmt import date_text, long_date_text
from .blocks import AnnualPack, Chart, Checks, Groups, Items, SlidePlan, Table, Tiles
from .pack import annual_pack
from .wording import say, speaking

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.6)
CONTENT_TOP, CONTENT_BOTTOM = Inches(2.45), Inches(6.8)
GAP = Inches(0.35)
FONT = "Arial"  # on every PowerPoint; LibreOffice draws it with the metric-compatible Liberation Sans
ACCENT = GOOD
MUTED = "#555555"  # grey that still reads on a projector
ADVICE = PALETTE[4]  # sky blue: advice («bør») not followed, never the alarm colour
TILE_FILL = "#EEF4F9"
HEADER_FILL = "#DCE9F3"
BAND_FILL = "#F5F7F9"
MIN_PT = 18  # nothing smaller: readable from the back of the room
TITLE_LAYOUT = 5  # «Title Only» in the default template: the title stays a real title (outline, accessibility)


def build_deck(db: Database, year: int, today: dt.date | None = None, lang: str = "nb") -> bytes:
    return deck_bytes(annual_pack(db, year, today, lang))


def deck_bytes(pack: AnnualPack) -> bytes:
    """The deck, in the pack's language."""
    with speaking(pack.lang):
        return _deck_bytes(pack)


def _deck_bytes(pack: AnnualPack) -> bytes:
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    count = 1 + (1 if pack.has_data else 0) + len(pack.slides)
    _title_slide(deck, pack)
    if pack.has_data:
        _agenda_slide(deck, pack, count)
    for plan in pack.slides:
        _topic_slide(deck, pack, plan, count)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


# -- frame ----------------------------------------------------------------------------------------


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#"))


def _style(run, size: float, colour: str = TEXT, bold: bool = False) -> None:
    run.font.name = FONT
    run.font.size = Pt(max(size, MIN_PT))
    run.font.bold = bold
    run.font.color.rgb = _rgb(colour)


def _text_box(
    slide,
    name: str,
    left,
    top,
    width,
    height,
    text: str,
    size: float,
    colour: str = TEXT,
    bold: bool = False,
    align=PP_ALIGN.LEFT,
    anchor=MSO_ANCHOR.TOP,
):
    box = slide.shapes.add_textbox(left, top, width, height)
    box.name = name
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = 0
    frame.margin_top = frame.margin_bottom = 0
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    _style(paragraph.add_run(), size, colour, bold)
    paragraph.runs[0].text = text
    return box


def _rectangle(slide, name: str, left, top, width, height, colour: str):
    """A flat filled rectangle: without the theme's shape style, which brings a shadow along."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
    shape.name = name
    shape._element.remove(shape._element.find(qn("p:style")))
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(colour)
    shape.line.fill.background()
    return shape


def _bar(slide, left, top, width, height, colour: str = ACCENT) -> None:
    _rectangle(slide, "Accent", left, top, width, height, colour)


def _new_slide(deck, title: str):
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_LAYOUT])
    _bar(slide, 0, 0, WIDTH, Inches(0.08))
    heading = slide.shapes.title
    heading.left, heading.top, heading.width, heading.height = MARGIN, Inches(0.8), WIDTH - 2 * MARGIN, Inches(1.05)
    frame = heading.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    frame.text = title
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    _style(paragraph.runs[0], 28, TEXT, True)
    return slide


def _frame(slide, pack: AnnualPack, kicker: str, subtitle: str, number: int, count: int, notes: str) -> None:
    _text_box(slide, "Kicker", MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, Inches(0.4), kicker.upper(), 18, ACCENT, True)
    if subtitle:
        _text_box(slide, "Subtitle", MARGIN, Inches(1.9), WIDTH - 2 * MARGIN, Inches(0.4), subtitle, 18, MUTED)
    bottom = Inches(7.0)
    _text_box(slide, "Footer", MARGIN, bottom, Inches(9), Inches(0.35), say("report.footer", year=pack.year), 18, MUTED)
    _text_box(
        slide,
        "Slide number",
        WIDTH - MARGIN - Inches(2),
        bottom,
        Inches(2),
        Inches(0.35),
        f"{number} / {count}",
        18,
        MUTED,
        align=PP_ALIGN.RIGHT,
    )
    slide.notes_slide.notes_text_frame.text = notes


# -- the fixed slides -------------------------------------------------------------------------------


def _title_slide(deck, pack: AnnualPack) -> None:
    slide = _new_slide(deck, say("report.title", year=pack.year))
    heading = slide.shapes.title
    heading.top, heading.height = Inches(2.35), Inches(1.1)
    _style(heading.text_frame.paragraphs[0].runs[0], 54, TEXT, True)
    _bar(slide, MARGIN, Inches(2.05), Inches(1.2), Inches(0.07))
    _text_box(slide, "Organisation", MARGIN, Inches(1.45), Inches(11), Inches(0.5), say("report.organisation"), 28, ACCENT, True)
    meeting = say("report.title_meeting_date", date=long_date_text(pack.meeting_date)) if pack.meeting_date else say("report.title_meeting")
    _text_box(slide, "Meeting", MARGIN, Inches(3.6), Inches(11), Inches(0.5), meeting, 26, TEXT)
    _text_box(
        slide, "Date", MARGIN, Inches(4.25), Inches(11), Inches(0.45), say("report.title_figures", date=long_date_text(pack.on)), 20, MUTED
    )
    if pack.sample:
        _text_box(slide, "Sample note", MARGIN, Inches(6.75), Inches(12), Inches(0.4), say("report.title_sample"), 18, MUTED)
    slide.notes_slide.notes_text_frame.text = say("report.title_notes", year=pack.year, today=date_text(pack.today), on=date_text(pack.on))


def _agenda_slide(deck, pack: AnnualPack, count: int) -> None:
    slide = _new_slide(deck, say("report.agenda_title"))
    box = slide.shapes.add_textbox(MARGIN, Inches(2.0), WIDTH - 2 * MARGIN, CONTENT_BOTTOM - Inches(2.0))
    box.name = "Agenda"
    frame = box.text_frame
    frame.word_wrap = True
    for i, topic in enumerate(pack.agenda, start=1):
        paragraph = frame.paragraphs[0] if i == 1 else frame.add_paragraph()
        paragraph.space_after = Pt(10)
        number = paragraph.add_run()
        number.text = f"{i}   "
        _style(number, 24, ACCENT, True)
        words = paragraph.add_run()
        words.text = topic
        _style(words, 24, TEXT)
    _frame(slide, pack, say("report.agenda"), "", 2, count, say("report.agenda_notes", topics=", ".join(pack.agenda[:-1])))


# -- topic slides -----------------------------------------------------------------------------------


def _topic_slide(deck, pack: AnnualPack, plan: SlidePlan, count: int) -> None:
    slide = _new_slide(deck, plan.title)
    number = len(deck.slides)
    _frame(slide, pack, plan.kicker, plan.subtitle, number, count, plan.notes)
    width = WIDTH - 2 * MARGIN - GAP * (len(plan.blocks) - 1)
    left = MARGIN
    for block, share in zip(plan.blocks, plan.widths):
        block_width = Emu(int(width * share / sum(plan.widths)))
        DRAW[type(block)](slide, block, left, CONTENT_TOP, block_width, CONTENT_BOTTOM - CONTENT_TOP)
        left += block_width + GAP


def _chart_workbook(spec: Chart) -> bytes:
    """The chart's data as PowerPoint's «Edit data» opens it, with text as text: python-pptx's
    own writer makes a name such as `=HYPERLINK(…)` a live formula. The layout is the one the
    chart refers to: categories from A2 down, one series per column from B, its name in row 1."""
    rows = zip(spec.categories, *(series.values for series in spec.series))
    frame = pd.DataFrame(list(rows), columns=["", *(series.name for series in spec.series)])
    return xlsx_bytes({"Sheet1": frame}, number_format=spec.number_format)


def _chart(slide, spec: Chart, left, top, width, height) -> None:
    data = CategoryChartData(number_format=spec.number_format)
    data.categories = spec.categories
    for series in spec.series:
        data.add_series(series.name, series.values)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, left, top, width, height, data)
    frame.chart_part.chart_workbook.update_from_xlsx_blob(_chart_workbook(spec))
    frame.name = "Chart"
    chart = frame.chart
    chart.has_title = False
    chart.font.name, chart.font.size = FONT, Pt(MIN_PT)
    chart.font.color.rgb = _rgb(TEXT)
    chart.has_legend = spec.legend
    if spec.legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(MIN_PT)
    categories = chart.category_axis
    categories.reverse_order = True  # first category on top, as one reads
    categories.major_tick_mark = XL_TICK_MARK.NONE
    categories.tick_labels.font.size = Pt(MIN_PT)
    categories.format.line.color.rgb = _rgb("#BFBFBF")
    values = chart.value_axis
    values.visible = False  # the data labels carry the figures
    values.has_major_gridlines = False
    values.minimum_scale = 0
    top_value = max((v for s in spec.series for v in s.values if v is not None), default=0)
    values.maximum_scale = spec.value_max or max(top_value * 1.2, 1)
    plot = chart.plots[0]
    plot.gap_width = 40 if len(spec.series) == 1 else 70
    plot.overlap = 0
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = spec.number_format
    labels.number_format_is_linked = False
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    labels.show_value = True
    labels.font.size = Pt(MIN_PT)
    labels.font.color.rgb = _rgb(TEXT)
    for series, drawn in zip(spec.series, plot.series):
        drawn.format.fill.solid()
        drawn.format.fill.fore_color.rgb = _rgb(series.colour)
        drawn.invert_if_negative = False
        for i, colour in enumerate(series.point_colours or ()):
            if colour != series.colour:
                point = drawn.points[i]
                point.format.fill.solid()
                point.format.fill.fore_color.rgb = _rgb(colour)


def _tiles(slide, block: Tiles, left, top, width, height) -> None:
    columns = 3
    rows = math.ceil(len(block.items) / columns)
    gap = Inches(0.3)
    tile_w = Emu(int((width - gap * (columns - 1)) / columns))
    tile_h = Emu(int((height - gap * (rows - 1)) / rows))
    for i, (label, value, detail) in enumerate(block.items):
        x = left + (tile_w + gap) * (i % columns)
        y = top + (tile_h + gap) * (i // columns)
        _rectangle(slide, f"Tile {i + 1}", x, y, tile_w, tile_h, TILE_FILL)
        _bar(slide, x, y, Inches(0.08), tile_h)
        inner = Inches(0.3)
        _text_box(slide, "Tile label", x + inner, y + Inches(0.22), tile_w - 2 * inner, Inches(0.4), label, 20, MUTED)
        _text_box(slide, "Tile value", x + inner, y + Inches(0.62), tile_w - 2 * inner, Inches(0.7), value, 36, TEXT, True)
        _text_box(slide, "Tile detail", x + inner, y + Inches(1.35), tile_w - 2 * inner, Inches(0.4), detail, 18, MUTED)


ROW_HEIGHT = Inches(0.44)


def _table(slide, block: Table, left, top, width, height) -> None:
    rows = len(block.rows) + 1
    # Every row gets ROW_HEIGHT from the table's height (set per row, python-pptx re-sums all rows
    # each time: quadratic, 12 s for 357 rows).
    shape = slide.shapes.add_table(rows, len(block.header), left, top, width, Emu(ROW_HEIGHT * rows))
    shape.name = "Table"
    table = shape.table
    table.first_row, table.horz_banding = True, False
    total = sum(block.widths)
    for column, share in zip(table.columns, block.widths):
        column.width = Emu(int(width * share / total))
    marks = block.marks or ("",) * len(block.rows)
    for r, values in enumerate([block.header, *block.rows]):
        mark = "" if r == 0 else marks[r - 1]
        fill = HEADER_FILL if r == 0 else (BAND_FILL if r % 2 == 0 else "#FFFFFF")
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(fill)
            cell.margin_left = cell.margin_right = Inches(0.08)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            frame = cell.text_frame
            frame.word_wrap = True
            frame.text = value
            _style(
                frame.paragraphs[0].runs[0] if frame.paragraphs[0].runs else frame.paragraphs[0].add_run(),
                18,
                BAD if mark == "bad" else TEXT,
                r == 0 or mark in ("bad", "strong"),
            )


def _paragraphs(slide, name: str, left, top, width, height):
    box = slide.shapes.add_textbox(left, top, width, height)
    box.name = name
    box.text_frame.word_wrap = True
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(box.text_frame, side, 0)
    return box.text_frame


def _line(frame, first: bool, parts: list[tuple[str, float, str, bool]], space_after: float = 8):
    paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
    paragraph.space_after = Pt(space_after)
    for words, size, colour, bold in parts:
        run = paragraph.add_run()
        run.text = words
        _style(run, size, colour, bold)
    return paragraph


CHECK_MARKS = {"ok": ("✔  ", GOOD), "bad": ("✘  ", BAD), "advice": ("i  ", ADVICE)}


def _checks(slide, block: Checks, left, top, width, height) -> None:
    """A requirement not met in the alarm colour and bold; advice not followed marked as advice («bør»)."""
    frame = _paragraphs(slide, "Checks", left, top, width, height)
    _line(frame, True, [(say("report.board.checks"), 20, ACCENT, True)], 8)
    for mark, label in block.items:
        symbol, colour = CHECK_MARKS[mark]
        words = label + (say("report.board.advice_suffix") if mark == "advice" else "")
        _line(frame, False, [(symbol, 18, colour, True), (words, 18, TEXT, mark == "bad")], 8)


MARKS = {"bad": ("✘  ", BAD), "warn": ("!  ", WARN), "advice": ("i  ", ADVICE), "info": ("•  ", MUTED)}


def _items(slide, block: Items, left, top, width, height) -> None:
    frame = _paragraphs(slide, "Items", left, top, width, height)
    for i, (mark, words) in enumerate(block.items):
        symbol, colour = MARKS[mark]
        _line(frame, i == 0, [(symbol, 20, colour, True), (words, 20, TEXT, False)], 12)


CHARS_PER_LINE_18PT_PER_INCH = 7.5  # Arial at 18 pt, for balancing the two columns


def _groups(slide, block: Groups, left, top, width, height) -> None:
    """The groups in two columns, each group placed where it keeps the columns' heights even."""
    column_w = Emu(int((width - GAP) / 2))
    per_line = int(column_w / 914400 * CHARS_PER_LINE_18PT_PER_INCH)
    columns: list[list] = [[], []]
    heights = [0, 0]
    for heading, items in block.groups:
        lines = 1.3 + sum(math.ceil(len(item) / per_line) for item in items)
        target = heights.index(min(heights))
        columns[target].append((heading, items))
        heights[target] += lines
    for c, groups in enumerate(columns):
        frame = _paragraphs(slide, f"Groups {c + 1}", left + (column_w + GAP) * c, top, column_w, height)
        first = True
        for heading, items in groups:
            _line(frame, first, [(heading, 20, ACCENT, True)], 4).space_before = Pt(0 if first else 14)
            first = False
            for item in items:
                _line(frame, False, [("•  ", 18, MUTED, True), (item, 18, TEXT, False)], 4)


DRAW = {Chart: _chart, Tiles: _tiles, Table: _table, Checks: _checks, Items: _items, Groups: _groups}
