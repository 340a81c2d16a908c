"""Hostile files: each is refused with a message naming it, or read within bounds, quickly."""

from __future__ import annotations

import io
import json
import sys
import time
import zipfile

import pytest
import screening_fixtures as fx
from hostile_pdfs import (
    FONT,
    PAGE,
    RESUME,
    forms_drawing_forms,
    hex_layered_bomb,
    pdf_of,
    stream,
    text_page,
)

from recruiter_kit.cli import main
from recruiter_kit.core.errors import DocumentError
from recruiter_kit.core.progress import CancelToken, run_to_end
from recruiter_kit.screening.reading import limits, read_document
from recruiter_kit.screening.reading import text as text_module
from recruiter_kit.screening.screener import Screener
from recruiter_kit.services import importing, isolation
from recruiter_kit.services.screening import FileOutcome, ScreeningService


def test_a_pdf_whose_content_inflates_enormously_is_refused_unread() -> None:
    # 32 MB of nothing but spaces compresses to 32 kB; pdfium would hold it whole.
    bomb = text_page(RESUME + b" " * (32 * 1024 * 1024))
    assert len(bomb) < 100_000
    with pytest.raises(DocumentError, match=r"bomb\.pdf: .*decompression bomb"):
        read_document(bomb, "bomb.pdf")


def test_a_bomb_under_two_flate_layers_is_refused_too() -> None:
    with pytest.raises(DocumentError, match="decompression bomb"):
        read_document(text_page(RESUME + b" " * (32 * 1024 * 1024), layers=2), "nested.pdf")


def test_the_reference_reader_refuses_the_bomb_as_well() -> None:
    with pytest.raises(DocumentError, match="decompression bomb"):
        read_document(
            text_page(RESUME + b" " * (32 * 1024 * 1024)), "b.pdf", pdf_reader="reference"
        )


def test_a_large_image_does_not_count_against_the_budget() -> None:
    # A page-sized white background inflates honestly to tens of megabytes.
    white = stream(
        b"\xff" * (24 * 1024 * 1024),
        b"/Type /XObject /Subtype /Image /Width 4096 /Height 2048 "
        b"/ColorSpace /DeviceRGB /BitsPerComponent 8 ",
        layers=1,
    )
    data = text_page(b"q 612 0 0 792 0 0 cm /Im1 Do Q " + RESUME, extra=[white])
    assert "Jane Fuzz" in read_document(data, "photo.pdf").text


def test_a_content_stream_cannot_pass_for_an_image_from_a_nested_dictionary() -> None:
    disguised = stream(
        RESUME + b" " * (32 * 1024 * 1024), b"/Decoy << /Subtype /Image >> ", layers=1
    )
    data = pdf_of([PAGE % b"", disguised, FONT])
    with pytest.raises(DocumentError, match="decompression bomb"):
        read_document(data, "disguised.pdf")


@pytest.mark.parametrize("reader", ["fast", "reference"])
def test_a_page_drawing_too_many_objects_is_refused(reader: str) -> None:
    runs = b"".join(
        b"BT /F1 1 Tf %d %d Td (x) Tj ET\n" % (i % 600, i % 790)
        for i in range(limits.MAX_PDF_OBJECTS + 1)
    )
    with pytest.raises(DocumentError, match=r"dense\.pdf: .*more than 100,000 objects"):
        read_document(text_page(runs), "dense.pdf", pdf_reader=reader)


def test_a_page_with_too_many_characters_is_refused() -> None:
    line = b"Python engineer building services " * 4
    runs = b"".join(
        b"BT /F1 1 Tf %d %d Td (%s) Tj ET\n" % (10 + i % 4 * 150, 780 - i // 4 * 3, line)
        for i in range(800)
    )
    with pytest.raises(DocumentError, match=r"wall\.pdf: page 1 holds [\d,]+ characters"):
        read_document(text_page(runs), "wall.pdf")


def test_a_page_tree_that_loops_names_the_damaged_page() -> None:
    data = pdf_of([PAGE % b"", stream(RESUME), FONT], kids=b"[2 0 R 3 0 R]", count=2)
    with pytest.raises(DocumentError, match=r"loop\.pdf: page \d of the PDF is damaged"):
        read_document(data, "loop.pdf")


def test_a_box_that_pdfminer_refuses_is_reported_as_damage() -> None:
    data = pdf_of(
        [(PAGE % b"").replace(b"[0 0 612 792]", b"[(a) /b null true]"), stream(RESUME), FONT]
    )
    with pytest.raises(DocumentError, match=r"box\.pdf: the PDF is damaged"):
        read_document(data, "box.pdf", pdf_reader="reference")


def test_terminal_escapes_and_control_characters_never_reach_the_text() -> None:
    resume = {
        "basics": {"name": "\u001b[31mJane\u001b[0m Fuzz\u0007", "label": "Engineer\u000bBerlin"},
        "work": [{"position": "Engineer", "summary": "Python\u0000 services \u0085done"}],
    }
    text = read_document(json.dumps(resume).encode(), "escapes.json").text
    assert "Jane Fuzz" in text and "Engineer\nBerlin" in text
    assert not any((ord(c) < 32 and c not in "\n\t\r") or 0x7F <= ord(c) <= 0x9F for c in text)


def test_a_word_hyphenated_at_a_line_end_reads_whole() -> None:
    """pdfium marks the break of a hyphenated word with STX; the word stays one word."""
    resume = {"basics": {"name": "Jane Fuzz", "summary": "Undergraduate re\u0002search"}}
    assert "Undergraduate research" in read_document(json.dumps(resume).encode(), "h.json").text


def test_every_format_keeps_at_most_the_text_limit() -> None:
    resume = {"basics": {"name": "Jane Fuzz", "summary": "Python " * 200_000}}
    assert (
        len(read_document(json.dumps(resume).encode(), "long.json").text) <= limits.MAX_TEXT_CHARS
    )


def test_links_are_kept_up_to_the_limit() -> None:
    markdown = "# Jane Fuzz\n" + "".join(f"[p{i}](https://example.com/{i})\n" for i in range(1000))
    document = read_document(markdown.encode(), "links.md")
    assert len(document.links) == limits.MAX_LINKS


def test_markdown_beyond_the_limit_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = text_module.markdown_lines

    def spy(text: str) -> tuple[list[str], list[str]]:
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(text_module, "markdown_lines", spy)
    read_document(("# Jane Fuzz\n" + "- Python\n" * 100_000).encode(), "list.md")
    assert seen and seen[0] <= limits.MAX_MARKDOWN_CHARS


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"basics": {"name": "J"}, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "too deeply"),
        (b'{"basics": {"name": "J"}, "n": ' + b"9" * 5000 + b"}", "not valid JSON"),
    ],
)
def test_json_python_cannot_hold_is_refused_clearly(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=rf"odd\.json: .*{message}"):
        read_document(data, "odd.json")


def test_json_with_a_number_where_a_list_belongs_is_read(screener: Screener) -> None:
    resume = {"basics": {"name": "Jane Fuzz"}, "education": [{"institution": "U", "courses": 5}]}
    result = screener.screen_bytes(json.dumps(resume).encode(), "types.json")
    assert result.status == "ok"


def _docx_with(content_type: str | None = None, *, encrypted: bool = False) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(fx.resume_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml" and content_type:
                data = data.replace(b"document.main+xml", content_type.encode())
            archive.writestr(item.filename, data)
    data = bytearray(buffer.getvalue())
    if encrypted:  # the flag a password-protected ZIP member carries
        at = data.find(b"PK\x01\x02")
        while at != -1:
            data[at + 8] |= 1
            at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_docx_with("document.macroEnabled.main+xml"), "macro-enabled Word file"),
        (_docx_with("template.main+xml"), "Word template"),
        (_docx_with(encrypted=True), "protected with a password"),
    ],
)
def test_word_files_that_are_no_docx_say_what_they_are(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=rf"cv\.docx: .*{message}"):
        read_document(data, "cv.docx")


def test_an_overdrawn_glued_page_is_not_handed_to_the_slow_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pdfium folds glyphs drawn on top of each other together; pdfplumber walks each one.
    runs = b"".join(
        b"BT /F1 6 Tf %d %d Td (ExperiencedEngineerKubernetes) Tj ET\n"
        % (72 + i % 3 * 150, 780 - i // 3 % 780)
        for i in range(limits.MAX_REREAD_OBJECTS + 1)
    )
    from recruiter_kit.screening.reading import pdf_reference

    def refuse(*args: object) -> None:
        raise AssertionError("the reference reader was asked to re-read the page")

    monkeypatch.setattr(pdf_reference, "reference_page_texts", refuse)
    assert "Experienced" in read_document(text_page(runs), "overdrawn.pdf").text


def inbox_with_a_stalling_file(  # type: ignore[no-untyped-def]
    tmp_path, stall: str = "a_stall.pdf", data: bytes | None = None
):
    """Two good resumes and `stall` (a PDF that stalls pdfium, unless `data` says otherwise)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / stall).write_bytes(forms_drawing_forms(8, 10) if data is None else data)
    for name in ("b_dana", "c_lee"):
        (folder / f"{name}.txt").write_text(
            f"{name[2:].title()} Example\nExperience\nBuilt Python services\n", encoding="utf-8"
        )
    return folder


# Two workers, and one isolated in a process of its own (the desktop app and the
# command line on a single core), with the stalling file first or between the others
# in the task they share.
@pytest.mark.parametrize(
    ("workers", "isolated", "stall"),
    [(2, False, "a_stall.pdf"), (1, True, "a_stall.pdf"), (1, True, "bb_stall.pdf")],
)
def test_a_file_that_stalls_its_reader_is_stopped_and_the_batch_goes_on(
    database,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,
    uncapped_workers: None,
    workers: int,
    isolated: bool,
    stall: str,
) -> None:
    # The deadline counts a rebuilt pool's start, which a busy machine may slow.
    monkeypatch.setattr(importing, "TASK_DEADLINE_S", 3.0)
    folder = inbox_with_a_stalling_file(tmp_path, stall)
    outcomes: list[FileOutcome] = []
    service = ScreeningService(database)
    started = time.monotonic()
    summary = run_to_end(
        service.import_files([folder], workers=workers, isolated=isolated, on_file=outcomes.append)
    )
    assert time.monotonic() - started < 60
    assert summary.ok == 2 and summary.failures == 1
    stalled = next(outcome for outcome in outcomes if outcome.path.name == stall)
    assert stalled.error is not None
    assert f"{stall}: reading took longer than 3 s and was stopped" in stalled.error


def test_the_command_line_stops_a_stalling_file_with_one_worker_too(
    db_url,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    uncapped_workers: None,
) -> None:
    monkeypatch.setattr(importing, "TASK_DEADLINE_S", 2.0)
    folder = inbox_with_a_stalling_file(tmp_path)
    started = time.monotonic()
    code = main(["--db", db_url, "screen", str(folder), "--workers", "1", "--json"])
    assert time.monotonic() - started < 60
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and [line["status"] for line in lines] == ["error", "ok", "ok"]
    assert "a_stall.pdf: reading took longer than 2 s and was stopped" in lines[0]["error"]


@pytest.mark.skipif(sys.platform != "linux", reason="the memory cap relies on Linux's RLIMIT_AS")
def test_a_worker_stops_at_its_memory_limit_and_the_batch_goes_on(
    database, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without the limit the bomb takes about 3 GB and 10 s before the object count refuses it.
    monkeypatch.setattr(isolation, "MAX_WORKER_MEMORY_BYTES", 512 * 1024 * 1024)
    bomb = hex_layered_bomb(128)
    assert len(bomb) < 1_100_000
    folder = inbox_with_a_stalling_file(tmp_path, "a_bomb.pdf", bomb)
    outcomes: list[FileOutcome] = []
    summary = run_to_end(
        ScreeningService(database).import_files(
            [folder], workers=1, isolated=True, on_file=outcomes.append
        )
    )
    assert summary.ok == 2 and summary.failures == 1
    error = next(outcome.error for outcome in outcomes if outcome.path.name == "a_bomb.pdf")
    assert error is not None and error.startswith("a_bomb.pdf: screening crashed")
    assert "0.5 GB of memory a worker may use" in error


def test_a_cancel_does_not_wait_for_a_file_that_stalls_its_reader(
    database, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = inbox_with_a_stalling_file(tmp_path)
    token = CancelToken()
    put = importing.ScreeningStream.put

    def put_then_cancel(stream, pending):  # type: ignore[no-untyped-def]
        token.cancel()  # the user cancels once the stalling file is on its way
        return put(stream, pending)

    monkeypatch.setattr(importing.ScreeningStream, "put", put_then_cancel)
    monkeypatch.setattr(importing, "FILES_PER_TASK", 1)  # the file is sent as it is put
    started = time.monotonic()
    summary = run_to_end(ScreeningService(database).import_files([folder], workers=2, token=token))
    # Well before the 60 s a stalled result may take: the stuck worker is stopped, not awaited.
    assert time.monotonic() - started < 20
    assert summary.cancelled
