"""Render a job description to Markdown, HTML or plain text with Jinja2.

The rendering templates live in `_render/job.<format>.j2` of the shipped
templates folder; a file of the same name in the user's templates folder
replaces the shipped one. User files are untrusted, so:

* the environment is a `SandboxedEnvironment`, which refuses access to
  private attributes and unsafe callables at run time;
* before anything runs, the parsed template is scanned and refused if it
  names any attribute or key starting with an underscore (the way every known
  escape, e.g. ``''.__class__.__mro__`` or ``cycler.__init__.__globals__``,
  begins), with the file and line in the message;
* variables are `StrictUndefined`, so a misspelt field is an error naming the
  file and line instead of silently printing nothing;
* templates see only plain dictionaries and lists (see `layout.template_context`).
"""

from __future__ import annotations

import threading
from types import TracebackType

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    nodes,
)
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from recruiter_kit.core.errors import TemplateError
from recruiter_kit.jobs.layout import template_context
from recruiter_kit.jobs.library import TemplateLibrary
from recruiter_kit.jobs.model import JobDescription

TEXT_FORMATS = ("md", "html", "txt")
RENDER_FOLDER = "_render"


class Renderer:
    """Renders job descriptions through the (possibly user-overridden) Jinja templates."""

    def __init__(self, library: TemplateLibrary | None = None) -> None:
        self._library = library or TemplateLibrary()
        folders = [str(folder / RENDER_FOLDER) for folder, _user in self._library.folders()]
        self._env = SandboxedEnvironment(
            loader=ChoiceLoader([FileSystemLoader(folder) for folder in folders]),
            undefined=StrictUndefined,
            autoescape=lambda name: bool(name and name.endswith(".html.j2")),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=True,
        )
        # Compiled templates are cached by Jinja; the lock keeps two threads
        # (the preview worker and an export) from compiling the same file twice.
        self._lock = threading.Lock()

    def render(self, job: JobDescription, fmt: str) -> str:
        """The job as text in `fmt` (md, html or txt).

        Raises:
            TemplateError: the rendering template is missing, broken, names an
                unknown field or tries to leave the sandbox; the message names
                the file and line.
        """
        template = self._compiled(fmt)
        try:
            return template.render(template_context(job))
        except SecurityError as error:
            line = _template_line(error.__traceback__, template.filename)
            raise TemplateError(
                f"{template.filename}, line {line}: refused an unsafe operation ({error})."
            ) from None
        except JinjaTemplateError as error:
            line = _template_line(error.__traceback__, template.filename)
            raise TemplateError(f"{template.filename}, line {line}: {error.message}.") from None
        except Exception as error:  # a filter given bad data; report, never crash
            line = _template_line(error.__traceback__, template.filename)
            raise TemplateError(
                f"{template.filename}, line {line}: {type(error).__name__}: {error}."
            ) from None

    def _compiled(self, fmt: str):
        name = _template_name(fmt)
        with self._lock:
            try:
                loader = self._env.loader
                assert loader is not None  # the environment is always made with one
                source, filename, _uptodate = loader.get_source(self._env, name)
                check_source(self._env, source, filename or name)
                return self._env.get_template(name)
            except TemplateNotFound:
                raise TemplateError(
                    f"No rendering template '{name}' found for the {fmt} format."
                ) from None
            except TemplateSyntaxError as error:
                raise TemplateError(
                    f"{error.filename or name}, line {error.lineno}: {error.message}."
                ) from None


def check_source(env: SandboxedEnvironment, source: str, filename: str) -> None:
    """Refuse a template that reaches for private attributes, before it ever runs.

    Raises:
        TemplateError: naming the file and line of the first offending expression.
    """
    try:
        tree = env.parse(source, filename=filename)
    except TemplateSyntaxError as error:
        raise TemplateError(f"{filename}, line {error.lineno}: {error.message}.") from None
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Name)):
        name = _reached_name(node)
        if name is not None and name.startswith("_"):
            raise TemplateError(
                f"{filename}, line {node.lineno}: access to '{name}' is not allowed in a "
                "template (names starting with '_' are private)."
            )


def _reached_name(node: nodes.Node) -> str | None:
    if isinstance(node, nodes.Getattr):
        return node.attr
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return node.arg.value if isinstance(node.arg.value, str) else None
    if isinstance(node, nodes.Name):
        return node.name
    return None


def _template_name(fmt: str) -> str:
    if fmt not in TEXT_FORMATS:
        raise TemplateError(f"Unknown text format '{fmt}'; use one of {', '.join(TEXT_FORMATS)}.")
    return f"job.{fmt}.j2"


def _template_line(trace: TracebackType | None, filename: str | None) -> int | str:
    """The template line of the innermost traceback frame that ran in the template."""
    line: int | str = "?"
    while trace is not None:
        if filename and trace.tb_frame.f_code.co_filename == filename:
            line = trace.tb_lineno
        trace = trace.tb_next
    return line
