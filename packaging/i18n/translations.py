# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Keep ``resources/i18n/*.ts`` in step with the code, and compile them to ``.qm``.

Usage (from the repository root)::

    uv run python packaging/i18n/translations.py update    # extract, merge into the .ts files
    uv run python packaging/i18n/translations.py compile   # .ts -> .qm with pyside6-lrelease
    uv run python packaging/i18n/translations.py check     # exit 1 if anything is untranslated

Why not ``pyside6-lupdate``: its Python parser misses calls that span lines, plural forms
passed to ``QCoreApplication.translate`` and every helper that forwards to it (``_t(text)``),
so about a third of our strings never reached the translator. This extractor reads the code
with :mod:`ast` and understands three shapes:

* ``self.tr("text"[, "disambiguation"[, n]])`` — context: the enclosing class;
* ``QCoreApplication.translate("Context", "text"[, "disambiguation"[, n]])``;
* calls of a module-level helper whose body is ``return QCoreApplication.translate("Context",
  <its first parameter>[, ...])``, such as ``_t("text")`` or ``_tn("%n day(s)", days)``.

A string passed with a count becomes a plural (numerus) message. The ``.ts`` files stay the
standard Qt Linguist format: translators can use Linguist; translations already made are kept,
new strings are marked unfinished, strings gone from the code are marked vanished.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "hrconnect" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"nl": "nl_BE", "en": "en_GB"}
"""Our translation files; English only carries plural forms (the source text is English)."""


@dataclass
class Message:
    """One translatable string."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the message in a .ts file."""
        return (self.context, self.source, self.comment)


class _Extractor(ast.NodeVisitor):
    def __init__(self, filename: str, aliases: dict[str, tuple[str, bool]]) -> None:
        self.filename = filename
        self.aliases = aliases
        self.classes: list[str] = []
        self.found: list[Message] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes:
            self._add(self.classes[-1], node.args, node)
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and _is_qt_app(func):
            context = _literal(node.args[0]) if node.args else None
            if context is not None and len(node.args) > 1 and _literal(node.args[1]) is not None:
                self._add(context, node.args[1:], node)
        elif isinstance(func, ast.Name) and func.id in self.aliases:
            context, forwards_count = self.aliases[func.id]
            if node.args and _literal(node.args[0]) is not None:
                numerus = forwards_count and len(node.args) > 1
                self._add(context, node.args[:1], node, numerus=numerus)
        self.generic_visit(node)

    def _add(
        self,
        context: str,
        args: list[ast.expr],
        node: ast.Call,
        *,
        numerus: bool | None = None,
    ) -> None:
        source = _literal(args[0]) if args else None
        if source is None:
            self.problems.append(f"{self.filename}:{node.lineno}: text is not a string literal")
            return
        comment = _literal(args[1]) if len(args) > 1 else ""
        plural = numerus if numerus is not None else len(args) > 2
        self.found.append(
            Message(context, source, comment or "", plural, [(self.filename, node.lineno)])
        )


def _is_qt_app(func: ast.Attribute) -> bool:
    value = func.value
    return isinstance(value, ast.Name) and value.id in {"QCoreApplication", "QApplication"}


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _aliases(tree: ast.Module) -> dict[str, tuple[str, bool]]:
    """Module-level helpers forwarding their first parameter to ``QCoreApplication.translate``.

    Returns name -> (context, whether the helper forwards a count).
    """
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        first = node.args.args[0].arg
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and _is_qt_app(call.func)
                and len(call.args) >= 2
                and _literal(call.args[0]) is not None
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == first
            ):
                context = _literal(call.args[0])
                assert context is not None
                found[node.name] = (context, len(call.args) > 3)
                break
    return found


def extract(sources: Path = SOURCES) -> tuple[list[Message], list[str]]:
    """Every translatable string under ``sources``, merged by (context, text, comment)."""
    merged: dict[tuple[str, str, str], Message] = {}
    problems: list[str] = []
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        relative = path.relative_to(ROOT).as_posix()
        extractor = _Extractor(relative, _aliases(tree))
        extractor.visit(tree)
        problems.extend(extractor.problems)
        for message in extractor.found:
            known = merged.get(message.key)
            if known is None:
                merged[message.key] = message
            else:
                known.locations.extend(message.locations)
                known.numerus = known.numerus or message.numerus
    return sorted(merged.values(), key=lambda m: (m.context, m.locations[0])), problems


# --- .ts files -----------------------------------------------------------------------------


@dataclass
class Translation:
    """What a .ts file says for one message."""

    forms: list[str]
    finished: bool
    numerus: bool = False
    vanished: bool = False

    @property
    def done(self) -> bool:
        """Finished, with every form filled in: what the app can show."""
        return self.finished and all(form.strip() for form in self.forms)


def read_ts(path: Path) -> dict[tuple[str, str, str], Translation]:
    """The translations in a .ts file, by (context, source, comment)."""
    if not path.exists():
        return {}
    known = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            element = message.find("translation")
            if element is None:
                continue
            forms = [form.text or "" for form in element.iter("numerusform")]
            numerus = bool(forms)
            if not forms:
                forms = [element.text or ""]
            state = element.get("type")
            finished = state not in {"unfinished", "vanished", "obsolete"}
            vanished = state in {"vanished", "obsolete"}
            known[(name, source, comment)] = Translation(forms, finished, numerus, vanished)
    return known


def write_ts(path: Path, language: str, messages: list[Message], plurals_only: bool) -> None:
    """Write ``messages`` to ``path``, keeping the translations it already has."""
    old = read_ts(path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        if plurals_only and not message.numerus:
            continue
        by_context.setdefault(message.context, []).append(message)
    current = {message.key for message in messages}
    gone: dict[str, list[tuple[tuple[str, str, str], Translation]]] = {}
    for key, known in old.items():
        if key not in current and any(form.strip() for form in known.forms):
            gone.setdefault(key[0], []).append((key, known))
    for context_name in sorted(set(by_context) | set(gone)):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in by_context.get(context_name, []):
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            for filename, line in message.locations:
                ET.SubElement(element, "location", filename=f"../../{filename}", line=str(line))
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            _translation(element, message, old.get(message.key))
        for (_, source, comment), known in gone.get(context_name, []):
            # Kept, marked vanished: a string that moved or changed a little can reuse it.
            element = ET.SubElement(context, "message")
            if known.numerus:
                element.set("numerus", "yes")
            ET.SubElement(element, "source").text = source
            if comment:
                ET.SubElement(element, "comment").text = comment
            translation = ET.SubElement(element, "translation", type="vanished")
            if known.numerus:
                for form in known.forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = known.forms[0]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _translation(element: ET.Element, message: Message, known: Translation | None) -> None:
    translation = ET.SubElement(element, "translation")
    if known is None or not known.finished or known.numerus != message.numerus:
        # A string that became (or stopped being) plural needs its forms written again.
        translation.set("type", "unfinished")
    forms = known.forms if known else []
    if message.numerus:
        for form in forms or ["", ""]:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0] if forms else ""


# --- commands ------------------------------------------------------------------------------


def ts_path(language: str) -> Path:
    """The .ts file of a language."""
    return I18N / f"hrconnect_{language}.ts"


def update() -> int:
    """Extract the strings and merge them into every .ts file."""
    messages, problems = extract()
    for problem in problems:
        sys.stderr.write(f"warning: {problem}\n")
    I18N.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        write_ts(ts_path(language), locale, messages, plurals_only=language == "en")
    plurals = sum(m.numerus for m in messages)
    sys.stdout.write(f"{len(messages)} strings ({plurals} plural) in {len(LANGUAGES)} files\n")
    return 0


def lrelease() -> str:
    """PySide6's lrelease: on the PATH, or next to this Python (a venv not activated)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return shutil.which("pyside6-lrelease") or str(beside)


def compile_all(out_dir: Path = I18N) -> int:
    """Compile every .ts file into ``out_dir`` (unfinished translations left out)."""
    for language in LANGUAGES:
        qm = out_dir / f"hrconnect_{language}.qm"
        subprocess.run(
            [lrelease(), "-silent", "-nounfinished", str(ts_path(language)), "-qm", str(qm)],
            check=True,
        )
    return 0


def check() -> int:
    """1 if a string in the code lacks a finished translation (listed on stderr), else 0."""
    messages, problems = extract()
    missing = []
    for language in LANGUAGES:
        known = read_ts(ts_path(language))
        for message in messages:
            if language == "en" and not message.numerus:
                continue
            value = known.get(message.key)
            if value is None or not value.done:
                missing.append(f"{language}: [{message.context}] {message.source!r}")
    for line in problems + missing:
        sys.stderr.write(line + "\n")
    return 1 if missing or problems else 0


def main(argv: list[str]) -> int:
    """Run one command: ``update``, ``compile`` or ``check``."""
    commands = {"update": update, "compile": compile_all, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        sys.stderr.write(str(__doc__))
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
