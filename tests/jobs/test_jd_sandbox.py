"""User templates: overrides work, broken or hostile ones are refused with file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recruiter_kit import paths
from recruiter_kit.core.errors import TemplateError
from recruiter_kit.jobs.library import TemplateLibrary
from recruiter_kit.jobs.model import JobDescription
from recruiter_kit.jobs.rendering import Renderer


def user_render_template(fmt: str, body: str) -> Path:
    folder = paths.user_templates_dir() / "_render"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"job.{fmt}.j2"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture
def job() -> JobDescription:
    return JobDescription(title="Backend Engineer", responsibilities=["Build APIs"])


def test_user_render_template_overrides_the_shipped_one(job: JobDescription) -> None:
    user_render_template("md", "Custom: {{ job.title }} / {{ headings.responsibilities }}\n")
    assert (
        Renderer(TemplateLibrary()).render(job, "md")
        == "Custom: Backend Engineer / What you will do\n"
    )


def test_syntax_error_names_file_and_line(job: JobDescription) -> None:
    path = user_render_template("md", "# {{ job.title }}\n\n{% for x in job.perks %}\n- {{ x }}\n")
    with pytest.raises(TemplateError) as caught:
        Renderer(TemplateLibrary()).render(job, "md")
    message = str(caught.value)
    assert str(path) in message or "job.md.j2" in message
    assert "line 4" in message or "line 5" in message


def test_unknown_field_names_file_and_line(job: JobDescription) -> None:
    user_render_template("txt", "{{ job.title }}\n{{ job.no_such_field }}\n")
    with pytest.raises(TemplateError, match=r"job\.txt\.j2, line 2: .*no_such_field"):
        Renderer(TemplateLibrary()).render(job, "txt")


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ job['__class__'] }}",
        "{{ lipsum.__globals__['os'].system('touch PWNED') }}",
    ],
)
def test_sandbox_escape_is_refused_before_running(
    expression: str, job: JobDescription, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    user_render_template("html", f"<h1>{{{{ job.title }}}}</h1>\n<p>\n{expression}\n</p>\n")
    with pytest.raises(
        TemplateError, match=r"job\.html\.j2, line 3: access to '__\w+__' is not allowed"
    ):
        Renderer(TemplateLibrary()).render(job, "html")
    assert not (tmp_path / "PWNED").exists()


def test_runtime_sandbox_refuses_what_the_scan_cannot_see(
    job: JobDescription, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    # The attribute name is built at run time, so only the sandbox can stop it.
    user_render_template("md", "{{ job.title }}\n{{ (cycler | attr('_' ~ '_init__')) }}\n")
    with pytest.raises(TemplateError, match=r"job\.md\.j2, line 2: refused an unsafe operation"):
        Renderer(TemplateLibrary()).render(job, "md")


def test_shipped_formats_still_render_when_one_user_file_is_broken(job: JobDescription) -> None:
    user_render_template("md", "{% if %}")
    renderer = Renderer(TemplateLibrary())
    with pytest.raises(TemplateError):
        renderer.render(job, "md")
    assert "Backend Engineer" in renderer.render(job, "html")


def _write_user_template(name: str, text: str) -> Path:
    folder = paths.user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_data_template_overrides_shipped_one_by_name(library: TemplateLibrary) -> None:
    data = {"template": {"label": "Ours"}, "job": {"title": "Our Backend Engineer", "level": "mid"}}
    _write_user_template("backend-mid-product", json.dumps(data))
    infos = {info.name: info for info in TemplateLibrary().list()}
    assert infos["backend-mid-product"].user is True
    assert TemplateLibrary().load("backend-mid-product").title == "Our Backend Engineer"
    assert library.shipped_dir.joinpath("backend-mid-product.json").is_file()


def test_broken_data_template_is_listed_as_a_problem_with_its_line() -> None:
    path = _write_user_template("broken", '{\n  "job": {\n    "title": "X",\n  }\n}\n')
    infos, problems = TemplateLibrary().scan()
    assert "broken" not in [info.name for info in infos]
    assert len(infos) >= 10
    assert problems[0].path == path
    assert f"{path}, line 4" in problems[0].message


def test_unknown_field_in_data_template_names_file_and_line() -> None:
    path = _write_user_template(
        "extra", '{\n  "job": {\n    "title": "X",\n    "bonus_scheme": "yes"\n  }\n}\n'
    )
    with pytest.raises(TemplateError, match=rf"{path}, line 4: Unknown field 'bonus_scheme'"):
        TemplateLibrary().load("extra")


def test_bad_salary_in_data_template_names_file_and_line() -> None:
    text = (
        '{\n  "job": {\n    "title": "X",\n    "salary": {\n      "minimum": "lots"\n'
        "    }\n  }\n}\n"
    )
    path = _write_user_template("pay", text)
    with pytest.raises(TemplateError, match=rf"{path}, line 5: .*salary.minimum.*number"):
        TemplateLibrary().load("pay")
