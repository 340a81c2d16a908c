"""Find a two-column layout from text boxes, shared by both PDF readers.

A page is two columns when a vertical gutter runs through its body that no
text box crosses, with a fair amount of text on each side. Boxes that cross
the gutter are allowed only in a header band at the top (a name spanning the
page) and a footer band at the bottom.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

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
    runs: list[list[float]] = []
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
    return [(r[0], r[1], r[2], r[3]) for r in runs]


def _runs_of_line(line: list[Box]) -> list[list[float]]:
    runs: list[list[float]] = []
    for left, top, right, bottom in sorted(line):
        if runs and left - runs[-1][2] < (bottom - top) * 1.2:
            run = runs[-1]
            run[1], run[2], run[3] = min(run[1], top), max(run[2], right), max(run[3], bottom)
        else:
            runs.append([left, top, right, bottom])
    return runs


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
    boxes = merge_runs(boxes)
    if len(boxes) < 2 * _MIN_SIDE_BOXES or width <= 0 or height <= 0:
        return None
    best: tuple[float, Columns] | None = None
    # Each side needs a few boxes wholly on it: counting them over the whole page
    # (by bisection) rules out most candidate gutters before the full test.
    rights = sorted(box[2] for box in boxes)
    lefts = sorted(box[0] for box in boxes)
    for x in _free_bands(boxes, width, height):
        if (
            bisect_right(rights, x + 1) < _MIN_SIDE_BOXES
            or len(lefts) - bisect_left(lefts, x - 1) < _MIN_SIDE_BOXES
        ):
            continue
        split = _split_at(boxes, x, height)
        if split is not None:
            balance = _balance(boxes, split)
            if best is None or balance > best[0]:
                best = (balance, split)
    return best[1] if best else None


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


def _split_at(boxes: list[Box], x: float, height: float) -> Columns | None:
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
    left_area, right_area, left_n, right_n = _sides(boxes, split)
    total = left_area + right_area
    if total <= 0 or left_n < _MIN_SIDE_BOXES or right_n < _MIN_SIDE_BOXES:
        return None
    if min(left_area, right_area) / total < _MIN_SIDE_SHARE:
        return None
    # Both columns must run down a good part of the body, not sit side by side on one line.
    body = [box for box in boxes if _in_body(box, split)]
    body_height = max(b[3] for b in body) - min(b[1] for b in body)
    if min(_extent(boxes, split, left=True), _extent(boxes, split, left=False)) < 0.5 * body_height:
        return None
    return split


def _in_body(box: Box, split: Columns) -> bool:
    return box[1] >= split.body_top - 0.5 and box[3] <= split.body_bottom + 0.5


def _sides(boxes: list[Box], split: Columns) -> tuple[float, float, int, int]:
    left_area = right_area = 0.0
    left_n = right_n = 0
    for box in boxes:
        if not _in_body(box, split):
            continue
        area = (box[2] - box[0]) * (box[3] - box[1])
        if box[2] <= split.gutter + 1:
            left_area += area
            left_n += 1
        elif box[0] >= split.gutter - 1:
            right_area += area
            right_n += 1
    return left_area, right_area, left_n, right_n


def _extent(boxes: list[Box], split: Columns, *, left: bool) -> float:
    tops = [
        (b[1], b[3])
        for b in boxes
        if _in_body(b, split)
        and ((b[2] <= split.gutter + 1) if left else (b[0] >= split.gutter - 1))
    ]
    if not tops:
        return 0.0
    return max(t[1] for t in tops) - min(t[0] for t in tops)


def _balance(boxes: list[Box], split: Columns) -> float:
    """Prefer the gutter with the most even split, then the widest white band."""
    left_area, right_area, _, _ = _sides(boxes, split)
    return min(left_area, right_area) / (left_area + right_area)
