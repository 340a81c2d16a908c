"""Cleaning steps that run only when their characters occur must still run when they do."""

from __future__ import annotations

from recruiter_kit.screening.normalize import normalize_text


def test_replacements_and_private_use_glyphs_are_cleaned() -> None:
    text = "Ana\u00a0Ruiz\r\n\ue000 Built\u2011in caching\u200b\rfor 3 teams"
    assert normalize_text(text) == "Ana Ruiz\nBuilt-in caching for 3 teams"


def test_private_use_glyph_alone_is_blanked() -> None:
    assert normalize_text("\uf0b1 Led the migration") == "Led the migration"


def test_plain_text_is_only_trimmed() -> None:
    assert normalize_text("  Ana Ruiz \n\n Backend Engineer") == "Ana Ruiz\nBackend Engineer"
