"""Shortcuts the fast PDF reader takes must give what the full work gives."""

from __future__ import annotations

import re
from datetime import date

import pypdfium2 as pdfium
import pytest
import screening_fixtures as fx

from recruiter_kit.screening.reading.columns import Box, find_columns
from recruiter_kit.screening.reading.written import pdf_document_written, pdf_written

WIDTH, HEIGHT = 595.0, 842.0


def _with_dates(modified: bytes, created: bytes) -> bytes:
    """A fixture PDF whose metadata dates are replaced by values of the same length."""
    assert len(modified) == len(created) == 16  # the cross-reference offsets stay valid
    data = fx.single_column_pdf()
    data = re.sub(rb"/ModDate \(D:\d{14}", b"/ModDate (" + modified, data)
    return re.sub(rb"/CreationDate \(D:\d{14}", b"/CreationDate (" + created, data)


@pytest.mark.parametrize(
    ("modified", "created", "expected"),
    [
        (b"D:20190530120000", b"D:20170101120000", date(2019, 5, 30)),
        (b"not-a-date......", b"D:20170101120000", date(2017, 1, 1)),
        (b"D:19800101120000", b"D:20170101120000", None),  # ModDate parses, so no fallback
        (b"no date here....", b"nor here........", None),
    ],
)
def test_written_date_reads_two_keys_as_the_whole_dictionary_does(
    modified: bytes, created: bytes, expected: date | None
) -> None:
    document = pdfium.PdfDocument(_with_dates(modified, created))
    assert pdf_document_written(document) == expected
    assert pdf_written(document.get_metadata_dict()) == expected


def _line(left: float, top: float, right: float) -> Box:
    return (left, top, right, top + 9.0)


def test_single_column_with_no_text_right_of_the_margin_has_no_columns() -> None:
    boxes = [_line(50, 100 + 12 * row, 300 + (row % 5) * 30) for row in range(50)]
    assert find_columns(boxes, WIDTH, HEIGHT) is None


def test_a_short_sidebar_page_splits_in_the_middle_of_its_white_band() -> None:
    # All text sits in the header band, so every few points from 20% of the width are
    # tried; those inside the same white band give the same split, which is then cut
    # down the middle of the white between the columns.
    side = [_line(40, 60 + 11 * row, 150 + row) for row in range(10)]
    main = [_line(210, 60 + 11 * row, 500) for row in range(16)]
    columns = find_columns(side + main, WIDTH, HEIGHT)
    assert columns is not None
    assert columns.gutter == (max(box[2] for box in side) + 210) / 2
    assert (columns.body_top, columns.body_bottom) == (0.0, HEIGHT)


def test_a_gutter_a_point_or_two_wide_keeps_each_letter_on_its_side() -> None:
    # A gutter tried every few points can land on the main column's first letters.
    # Its last line, below the main column's, runs to a point and a half of it.
    side = [_line(40, 60 + 11 * row, 150 + row) for row in range(9)] + [_line(40, 250, 220.5)]
    main = [_line(222.0, 60 + 11 * row, 500) for row in range(16)]
    columns = find_columns(side + main, WIDTH, HEIGHT)
    assert columns is not None
    assert 220.5 < columns.gutter < 222.0
