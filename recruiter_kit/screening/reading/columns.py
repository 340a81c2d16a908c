"""Find a two-column layout from text boxes, shared by both PDF readers.

A page is two columns when a vertical gutter runs through its body that no
text box crosses, with a fair amount of text on each side. Boxes that cross
the gutter are allowed only in a header band at the top (a name spanning the
page) and a footer band at the bottom.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple

Box = tuple[float, float, float, float]  # left, top, right, bottom; y grows downwards

_HEADER_BAND = 0.35  # share of the page height a spanning header may take
_FOOTER_BAND = 0.08
_MIN_SIDE_SHARE = (
    0.08  # share of the text area on each side; a label column of a table layout holds less
)
_MIN_SIDE_BOXES = 6
# A gutter is looked for in the middle 60% of the page width.
_GUTTER_LOW = 0.2
_GUTTER_HIGH = 0.8
# Neighbours on a line closer than this share of its height are one run. A word space is
# about a quarter of it; a gutter of a narrow two-column layout, often less than one.
_RUN_GAP = 0.75


@dataclass(frozen=True, slots=True)
class Columns:
    """A split page: text above `body_top` spans the page; below, read left then right."""

    gutter: float
    body_top: float
    body_bottom: float


def merge_runs(boxes: list[Box]) -> list[Box]:
    """Merge glyph or word boxes into runs of text along each line.

    Boxes whose middles sit at the same height form a line; neighbours on a
    line closer than about a word space join one run. Readers that report one
    box per glyph or per word then give the gutter test the same shapes as
    readers that report whole text runs.
    """
    runs: list[Box] = []
    line: list[Box] = []
    middle = 0.0
    for box in sorted(boxes, key=lambda b: (b[1] + b[3]) / 2):
        centre, size = (box[1] + box[3]) / 2, box[3] - box[1]
        if line and abs(centre - middle) > size * 0.5:
            runs.extend(_runs_of_line(line))
            line = []
        if not line:
            middle = centre
        line.append(box)
    runs.extend(_runs_of_line(line))
    return runs


def _runs_of_line(line: list[Box]) -> list[Box]:
    if len(line) == 1:
        return line  # the usual line of pdfium's boxes: one run already
    runs: list[list[float]] = []
    for left, top, right, bottom in sorted(line):
        if runs and left - runs[-1][2] < (bottom - top) * _RUN_GAP:
            run = runs[-1]
            run[1], run[2], run[3] = min(run[1], top), max(run[2], right), max(run[3], bottom)
        else:
            runs.append([left, top, right, bottom])
    return [(r[0], r[1], r[2], r[3]) for r in runs]


def spans_body(box: Box, width: float, height: float) -> bool:
    """Whether `box` alone rules out two columns: `find_columns` then returns None.

    A box below the header band and above the footer band that reaches past
    both ends of the middle 60% of the page crosses every gutter `find_columns`
    would try (its merged run only grows), so no split of the page can pass.
    """
    left, top, right, bottom = box
    return (
        left < width * _GUTTER_LOW - 1
        and right > width * _GUTTER_HIGH + 1
        and bottom > height * _HEADER_BAND
        and top < height * (1 - _FOOTER_BAND)
    )


def find_columns(boxes: list[Box], width: float, height: float) -> Columns | None:
    """The column split of a page, or None when the page is a single column."""
    if not _has_both_sides(boxes, width):
        return None
    boxes = merge_runs(boxes)
    if len(boxes) < 2 * _MIN_SIDE_BOXES or width <= 0 or height <= 0:
        return None
    best: tuple[float, Columns] | None = None
    # Each side needs a few boxes wholly on it: counting them over the whole page
    # (by bisection) rules out most candidate gutters before the full test.
    rights = sorted(box[2] for box in boxes)
    lefts = sorted(box[0] for box in boxes)
    tried: set[tuple[int, int]] = set()
    for x in _free_bands(boxes, width, height):
        left_of = bisect_right(rights, x + 1)  # boxes with right <= x + 1
        right_from = bisect_left(lefts, x - 1)  # boxes with left < x - 1
        if left_of < _MIN_SIDE_BOXES or len(lefts) - right_from < _MIN_SIDE_BOXES:
            continue
        # The split test compares box edges only with x - 1 and x + 1, so these two
        # counts decide every comparison: a gutter with the counts of one already
        # tried gives the same split and balance, and the earlier one is kept anyway.
        # Short pages try every few points, mostly inside the same white band.
        if (left_of, right_from) in tried:
            continue
        tried.add((left_of, right_from))
        found = _split_at(boxes, x, height)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return _centred(boxes, best[1]) if best else None


def _centred(boxes: list[Box], split: Columns) -> Columns:
    """The split with its gutter in the middle of the white between the two sides.

    A gutter tried every few points can land within a point of a column's
    first letters, which it tolerates; the readers then cut the page there and
    a letter touching the cut falls on the wrong side ("SKILLS E").
    """
    low, high = split.body_top - 0.5, split.body_bottom + 0.5
    left_end, right_start = 0.0, float("inf")
    for left, top, right, bottom in boxes:
        if top >= low and bottom <= high:
            if right <= split.gutter + 1:
                left_end = max(left_end, right)
            elif left >= split.gutter - 1:
                right_start = min(right_start, left)
    if left_end < right_start < float("inf"):
        return Columns((left_end + right_start) / 2, split.body_top, split.body_bottom)
    return split


def _has_both_sides(boxes: list[Box], width: float) -> bool:
    """Whether enough boxes lie right of the leftmost gutter and left of the rightmost one.

    Every gutter `find_columns` tries needs `_MIN_SIDE_BOXES` runs wholly on each
    side. Each run wholly on a side starts with a box wholly on that side, so
    the unmerged boxes counted against the widest range of gutters rule out,
    before any sorting or merging, the usual single-column page whose lines all
    start at the left margin.
    """
    right_of_low = width * _GUTTER_LOW - 1
    left_of_high = width * _GUTTER_HIGH + 1
    right = sum(1 for box in boxes if box[0] >= right_of_low)
    left = sum(1 for box in boxes if box[2] <= left_of_high)
    return right >= _MIN_SIDE_BOXES and left >= _MIN_SIDE_BOXES


def _free_bands(boxes: list[Box], width: float, height: float) -> list[float]:
    """Middles of the vertical bands (in the middle 60% of the page) no body text crosses.

    Only these can be gutters, so the full test runs a few times a page rather
    than at every position; a single-column page usually has none at all.
    """
    top_limit, bottom_limit = height * _HEADER_BAND, height * (1 - _FOOTER_BAND)
    spans = sorted((b[0] + 1, b[2] - 1) for b in boxes if b[3] > top_limit and b[1] < bottom_limit)
    low, high = width * _GUTTER_LOW, width * _GUTTER_HIGH
    if len(spans) < 2 * _MIN_SIDE_BOXES:
        # A short page: its text sits in the header band, so try every few points.
        return [low + step * 4.0 for step in range(int((high - low) / 4.0) + 1)]
    bands: list[float] = []
    covered = low
    for left, right in spans:
        if left > covered:
            bands.append((covered + min(left, high)) / 2)
        covered = max(covered, right)
        if covered >= high:
            break
    else:
        if covered < high:
            bands.append((covered + high) / 2)
    return [x for x in bands if low <= x <= high]


def _split_at(boxes: list[Box], x: float, height: float) -> tuple[float, Columns] | None:
    """The split at gutter `x` and its balance, or None when `x` is no gutter."""
    top_limit = height * _HEADER_BAND
    bottom_limit = height * (1 - _FOOTER_BAND)
    body_top, body_bottom = 0.0, height
    for left, top, right, bottom in boxes:
        if left < x - 1 and right > x + 1:
            if bottom <= top_limit:
                body_top = max(body_top, bottom)
            elif top >= bottom_limit:
                body_bottom = min(body_bottom, top)
            else:
                return None
    split = Columns(x, body_top, body_bottom)
    sides = _sides(boxes, split)
    total = sides.left_area + sides.right_area
    if total <= 0 or sides.left_n < _MIN_SIDE_BOXES or sides.right_n < _MIN_SIDE_BOXES:
        return None
    balance = min(sides.left_area, sides.right_area) / total
    if balance < _MIN_SIDE_SHARE:
        return None
    # Both columns must run down a good part of the body, not sit side by side on one line.
    if min(sides.left_extent, sides.right_extent) < 0.5 * sides.body_height:
        return None
    # The most even split wins; among equals the first tried, the widest white band.
    return balance, split


class _Sides(NamedTuple):
    """What lies wholly on each side of a split's gutter, in its body."""

    left_area: float
    right_area: float
    left_n: int
    right_n: int
    left_extent: float  # from the top of the highest box to the bottom of the lowest
    right_extent: float
    body_height: float


def _sides(boxes: list[Box], split: Columns) -> _Sides:
    """The sides of a split, in one pass over the boxes."""
    inf = float("inf")
    low, high = split.body_top - 0.5, split.body_bottom + 0.5
    left_edge, right_edge = split.gutter + 1, split.gutter - 1
    left_area = right_area = 0.0
    left_n = right_n = 0
    body_top = left_top = right_top = inf
    body_bottom = left_bottom = right_bottom = -inf
    for left, top, right, bottom in boxes:
        if not (top >= low and bottom <= high):
            continue
        body_top, body_bottom = min(body_top, top), max(body_bottom, bottom)
        if right <= left_edge:
            left_area += (right - left) * (bottom - top)
            left_n += 1
            left_top, left_bottom = min(left_top, top), max(left_bottom, bottom)
        elif left >= right_edge:
            right_area += (right - left) * (bottom - top)
            right_n += 1
        # A box within the gutter's two points counts on the left for its area but
        # on both sides for their extents.
        if left >= right_edge:
            right_top, right_bottom = min(right_top, top), max(right_bottom, bottom)
    return _Sides(
        left_area,
        right_area,
        left_n,
        right_n,
        left_bottom - left_top if left_n else 0.0,
        right_bottom - right_top if right_top != inf else 0.0,
        body_bottom - body_top,
    )
