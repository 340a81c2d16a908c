"""What word processors and PDF producers do to a resume's lines: wraps, list numbering, fonts."""

from __future__ import annotations

import io

import docx
import pytest

from recruiter_kit.screening.normalize import join_wrapped, normalize_text
from recruiter_kit.screening.reading import read_document
from recruiter_kit.screening.screener import Screener


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Engineer, Acme, Sep 2016 -", "Present"], ["Engineer, Acme, Sep 2016 - Present"]),
        (["Acme, 2015 –", "2021"], ["Acme, 2015 – 2021"]),
        (["Acme 2011-05 - 2012-", "06 Berlin"], ["Acme 2011-05 - 2012-06 Berlin"]),
        (["Acme, 2019 to", "2021"], ["Acme, 2019 to 2021"]),
        (["Step one -", "2019 plans"], ["Step one -", "2019 plans"]),
        (["Engineer, Acme (Feb", "2017 - Sep 2021)"], ["Engineer, Acme (Feb 2017 - Sep 2021)"]),
        (["Engineer, Acme (Sep 2015 - Jan", "2017)"], ["Engineer, Acme (Sep 2015 - Jan 2017)"]),
        (["Engineer | Acme | April", "2023 - Present"], ["Engineer | Acme | April 2023 - Present"]),
        # A month in prose is no cut date: it follows no bracket, separator or range start.
        (
            ["Releases ship in May", "2019 - 2020 saw two"],
            ["Releases ship in May", "2019 - 2020 saw two"],
        ),
        (["Acme (May", "2019 was a good year)"], ["Acme (May", "2019 was a good year)"]),
        (
            ["Engineer, Acme, 2016 -", "• Built billing"],
            ["Engineer, Acme, 2016 -", "• Built billing"],
        ),
    ],
)
def test_a_date_range_cut_at_the_margin_is_joined(lines: list[str], expected: list[str]) -> None:
    assert join_wrapped(lines) == expected


def test_a_wrapped_range_still_counts_the_job() -> None:
    text = "Experience\nBackend Engineer, Acme, Jan 2012 -\nDec 2021\n• Built billing\n"
    assert Screener().screen_bytes(text.encode(), "cv.txt").years_experience == 10.0


def test_a_month_cut_from_its_year_still_dates_the_job() -> None:
    text = (
        "Experience\nBackend Engineer, Acme (Sep 2015 - Jan\n2017)\n• Built billing\n"
        "Platform Engineer, Initech (Feb\n2017 - Feb 2021)\n• Ran Kafka\n"
    )
    result = Screener().screen_bytes(text.encode(), "cv.txt")
    assert [(e.start, e.end) for e in result.experience] == [
        ("2015-09", "2017-01"),
        ("2017-02", "2021-02"),
    ]


def test_docx_list_items_keep_a_bullet() -> None:
    document = docx.Document()
    document.add_paragraph("Experience")
    document.add_paragraph("Engineer, Acme, 2019 - 2024")
    document.add_paragraph("Built the billing API in Go", style="List Bullet")
    document.add_paragraph("Cut p99 latency by 40%", style="List Number")
    data = io.BytesIO()
    document.save(data)
    lines = read_document(data.getvalue(), "cv.docx").text.split("\n")
    assert lines[2:] == ["• Built the billing API in Go", "• Cut p99 latency by 40%"]
    result = Screener().screen_bytes(data.getvalue(), "cv.docx")
    assert result.metrics.bullets == 2 and result.metrics.quantified == 1


def test_symbol_font_bullets_stay_bullets_and_icons_go() -> None:
    text = "Experience\n\uf0b7 Built the API in Go\n\uf0b1 Skills\n"
    assert normalize_text(text) == "Experience\n• Built the API in Go\nSkills"


def test_a_paragraph_whose_numbering_is_removed_is_not_a_list_item() -> None:
    document = docx.Document()
    heading = document.add_paragraph("Experience", style="List Number")
    numbering = heading._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_numId().val = 0
    data = io.BytesIO()
    document.save(data)
    assert read_document(data.getvalue(), "cv.docx").text == "Experience"


def _pdf_with_links() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    data = io.BytesIO()
    page = canvas.Canvas(data, pagesize=A4)
    page.drawString(72, 780, "Ines Varga")
    page.drawString(72, 764, "Email | Phone | GitHub")
    page.linkURL("mailto:ines@vargaworks.net", (72, 760, 100, 774))
    page.linkURL("tel:+14155550142", (110, 760, 140, 774))
    page.linkURL("https://github.com/ivarga", (150, 760, 190, 774))
    page.drawString(72, 740, "Experience")
    page.drawString(72, 724, "Backend Engineer, Ledgerline, 2018 - 2024")
    page.save()
    return data.getvalue()


def test_addresses_behind_pdf_links_are_the_contact_details() -> None:
    contact = Screener().screen_bytes(_pdf_with_links(), "cv.pdf").contact
    assert contact.email == "ines@vargaworks.net"
    assert contact.phone is not None and contact.phone.endswith("4155550142")
    assert "https://github.com/ivarga" in contact.links
    assert not any(link.startswith(("mailto:", "tel:")) for link in contact.links)


def test_an_address_behind_a_docx_link_is_the_email() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Ines Varga | ")
    target = document.part.relate_to(
        "mailto:ines@vargaworks.net",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True,
    )
    link = paragraph._p.makeelement(
        docx.oxml.ns.qn("w:hyperlink"), {docx.oxml.ns.qn("r:id"): target}
    )
    run = paragraph.add_run("Email")
    link.append(run._r)
    paragraph._p.append(link)
    document.add_paragraph("Experience")
    data = io.BytesIO()
    document.save(data)
    assert (
        Screener().screen_bytes(data.getvalue(), "cv.docx").contact.email == "ines@vargaworks.net"
    )
