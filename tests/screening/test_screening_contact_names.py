"""Names in any script (accented capitals, Cyrillic, Greek, ideographs, Hangul), and schools
or companies at the top of a resume that name nobody.

Every person, school and company here is invented for the tests.
"""

from __future__ import annotations

import pytest

from recruiter_kit.resources import load_json
from recruiter_kit.screening.contact import CONTACT_FILE, parse_contact_words
from recruiter_kit.screening.screener import Screener


def name_of(screener: Screener, text: str) -> str | None:
    return screener.screen_bytes(text.encode(), "cv.txt").contact.name


@pytest.mark.parametrize(
    ("first_line", "name"),
    [
        ("王小明", "王小明"),
        ("山田 太郎", "山田 太郎"),
        ("王小明 /Xiaoming Wang", "王小明 / Xiaoming Wang"),
        ("Xiaoming Wang / 王小明", "Xiaoming Wang / 王小明"),
        ("Xiaoming Wang (王小明)", "Xiaoming Wang (王小明)"),
        ("김민준", "김민준"),
        ("남궁 민수", "남궁 민수"),
        ("주소연", "주소연"),  # opens with "주소", address, and is still a name
        ("김민준 / Minjun Kim", "김민준 / Minjun Kim"),
    ],
)
def test_a_name_in_ideographs_is_the_name(screener: Screener, first_line: str, name: str) -> None:
    text = f"{first_line}\nJava开发工程师 / Java Developer\nxm.wang@mailbox.test\n"
    assert name_of(screener, text) == name


@pytest.mark.parametrize(
    "first_line",
    [
        "个人简历",
        "求职意向",
        "后端开发",
        "深圳市",
        "王小明同学的个人简历",
        "王小明 / Backend Engineer",
        "이력서",
        "경력 사항",
        "백엔드 개발자",
        "주소",
        "王민준",
    ],
    ids=[
        "resume",
        "job-sought",
        "title",
        "city",
        "too-long",
        "latin-title",
        "ko-resume",
        "ko-career",
        "ko-title",
        "ko-label",
        "mixed-scripts",
    ],
)
def test_a_title_or_label_in_ideographs_is_no_name(screener: Screener, first_line: str) -> None:
    assert name_of(screener, f"{first_line}\nxm.wang@mailbox.test\n") is None


def test_the_name_below_a_resume_title_in_ideographs_is_found(screener: Screener) -> None:
    assert name_of(screener, "个人简历\n王小明\nxm.wang@mailbox.test\n") == "王小明"
    assert name_of(screener, "이력서\n김민준\nminjun.kim@mailbox.test\n") == "김민준"


@pytest.mark.parametrize(
    "first_line",
    [
        "Élodie Durand",
        "José Álvarez",
        "ÁLVARO GÓMEZ",
        "Łukasz Nowak",
        "Øyvind Hansen",
        "Ömer Şahin",
        "Дмитрий Иванов",
        "Иванов Дмитрий Сергеевич",
        "Γιώργος Παπαδόπουλος",
        "Ana Ruiz de Álava",
    ],
)
def test_a_name_whose_capital_is_not_a_to_z_is_the_name(
    screener: Screener, first_line: str
) -> None:
    assert name_of(screener, f"{first_line}\nBackend Engineer\nme@mailbox.test\n") == first_line


@pytest.mark.parametrize(
    "first_line",
    [
        "Über mich",
        "Опыт работы",
        "Άσκηση 2024",
        "Βιογραφικό Σημείωμα",
        "ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ",
        "Программист Python",
        "Личные Данные",
        "Persönliche Daten",
        "Hoja de Vida",
        "Développeur Backend",
    ],
)
def test_a_heading_or_title_in_another_language_is_no_name(
    screener: Screener, first_line: str
) -> None:
    assert name_of(screener, f"{first_line}\nme@mailbox.test\n") is None
    assert name_of(screener, f"{first_line}\nÉlodie Durand\nme@mailbox.test\n") == "Élodie Durand"


@pytest.mark.parametrize(
    "first_line",
    [
        "Northgate University",
        "Universidad de la Costa Norte",
        "Institut für Angewandte Physik",
        "Lakeside Community College",
        "Fernhill Payments GmbH",
        "Lantern Logistics Ltd",
    ],
)
def test_a_school_or_company_at_the_top_is_no_name(screener: Screener, first_line: str) -> None:
    assert name_of(screener, f"{first_line}\nines@vargaworks.net\n") is None
    assert name_of(screener, f"{first_line}\nInes Varga\nines@vargaworks.net\n") == "Ines Varga"


def test_the_cjk_word_list_is_read_from_the_word_file() -> None:
    data = load_json(CONTACT_FILE)
    words = parse_contact_words(data | {"not_name_cjk_words": []})
    assert words.not_name_cjk.search("个人简历") is None
    assert parse_contact_words(data).not_name_cjk.search("个人简历")


@pytest.mark.parametrize(
    ("header", "name", "location"),
    [
        ("Łukasz Nowak\nŁódź, Poland", "Łukasz Nowak", "Łódź, Poland"),
        ("Ömer Şahin\nİstanbul, Türkiye", "Ömer Şahin", "İstanbul, Türkiye"),
        ("Дмитрий Иванов\nМосква, Россия", "Дмитрий Иванов", "Москва, Россия"),
        ("ÉLODIE DURAND Lyon, France", "ÉLODIE DURAND", "Lyon, France"),
        ("ANDREW ASCONE Middletown, NJ", "ANDREW ASCONE", "Middletown, NJ"),
    ],
)
def test_the_place_is_found_in_any_alphabet_and_apart_from_a_name_run_into_it(
    screener: Screener, header: str, name: str, location: str
) -> None:
    contact = screener.screen_bytes(f"{header}\nme@mailbox.test\n".encode(), "cv.txt").contact
    assert (contact.name, contact.location) == (name, location)
