"""Extract the app's translatable strings, update the .ts files, report and compile them.

    python installer/update_translations.py            # extract + report (exit 1 if unfinished)
    python installer/update_translations.py --release  # also compile the .qm files
    python installer/update_translations.py --report   # report only, change nothing

The source texts are Vietnamese (``self.tr("Sổ ghi")``); other languages come from Qt
Linguist files: ``resources/translations/ocop_desktop_<lang>.ts`` (edit them in Qt Linguist,
``pyside6-linguist``, or any text editor), compiled by ``pyside6-lrelease`` into
``ocop_desktop/translations/ocop_desktop_<lang>.qm``, which ``app.install_translators`` loads.
``resources/translations/qtbase_vi.ts`` is Qt's own strings (standard buttons, the wizard's
Back/Next, the text fields' context menu…) in Vietnamese, which Qt does not ship.

Why our own extractor instead of ``pyside6-lupdate``: lupdate knows ``self.tr(...)`` and
``QCoreApplication.translate(...)``, but most modules translate through a small helper,
``def _tr(text): return QCoreApplication.translate("LogTable", text)``, and the CLI through
``tr()``, whose strings lupdate cannot see. This script reads the code with ``ast`` and
understands exactly what runs:

- ``self.tr("…")`` / ``cls.tr`` / ``<anything>.tr("…")`` inside ``class C`` → context ``C``
  (PySide6 looks the text up under the object's class and then its base classes, so the
  class that holds the code is the right context);
- ``QCoreApplication.translate("Ctx", "…")`` (also via QApplication, QGuiApplication) and
  ``QT_TRANSLATE_NOOP("Ctx", "…")`` (marks texts kept in tables and translated later);
- a call of any function whose whole body is ``return QCoreApplication.translate("Ctx",
  <its parameter>)`` — in its own module or imported from another — with a literal text.

A translated call whose text is not a literal (a variable, an f-string) cannot be extracted;
unless its module marks texts of the same context with ``QT_TRANSLATE_NOOP`` (a table of
column headers, say), it is reported as "dynamic" and the translations test fails.
``tests/test_translations.py`` uses the same functions.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ocop_desktop"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = PACKAGE / "translations"
APP_LANGUAGES = ("en",)  # the app's .ts files: ocop_desktop_<lang>.ts
QT_TS_FILES = ("qtbase_vi",)  # Qt's own strings that Qt does not ship a translation for
SOURCE_LANGUAGE = "vi_VN"
QT_APPLICATIONS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass(frozen=True, order=True)
class Message:
    """One translatable text: its context, source text, disambiguation, and where it is."""

    context: str
    source: str
    comment: str = ""
    plural: bool = False
    locations: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Dynamic:
    """A translate call whose text is not a literal (cannot be extracted)."""

    path: str
    line: int
    code: str
    context: str


# -- extraction ---------------------------------------------------------------------------------

def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _helper_context(func: ast.FunctionDef) -> str | None:
    """``def _tr(text): return QCoreApplication.translate("Ctx", text)`` → ``"Ctx"``."""
    body = [s for s in func.body if not (isinstance(s, ast.Expr) and _literal(s.value))]
    body = [s for s in body if not isinstance(s, (ast.Import, ast.ImportFrom))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not func.args.args:
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and _is_app_translate(call.func) and len(call.args) >= 2):
        return None
    param = func.args.args[0].arg
    context = _literal(call.args[0])
    if context is None or not (isinstance(call.args[1], ast.Name) and call.args[1].id == param):
        return None
    return context


def _is_app_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id in QT_APPLICATIONS)


def _module_name(path: Path, root: Path = ROOT) -> str:
    relative = path.relative_to(root).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def _helpers(trees: dict[str, ast.Module]) -> dict[tuple[str, str], str]:
    """(module, function name) → context, for every translate helper in the package."""
    found: dict[tuple[str, str], str] = {}
    for module, tree in trees.items():
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                context = _helper_context(node)
                if context is not None:
                    found[(module, node.name)] = context
    return found


def _local_helpers(module: str, tree: ast.Module,
                   helpers: dict[tuple[str, str], str]) -> dict[str, str]:
    """Names usable in ``module`` that are translate helpers (its own and imported ones)."""
    names = {name: ctx for (mod, name), ctx in helpers.items() if mod == module}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                context = helpers.get((node.module, alias.name))
                if context is not None:
                    names[alias.asname or alias.name] = context
    return names


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, helpers: dict[str, str], lines: list[str]) -> None:
        self.path = path
        self.helpers = helpers
        self.lines = lines
        self.classes: list[str] = []
        self.messages: list[Message] = []
        self.dynamic: list[Dynamic] = []
        self.noop_contexts: set[str] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        # A helper's own body (``translate("Ctx", text)``) is not a call with a text.
        if self.helpers.get(node.name) is not None and _helper_context(node) is not None:
            return
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _add(self, node: ast.Call, context: str, text_node: ast.expr | None,
             comment_node: ast.expr | None = None, plural: bool = False) -> None:
        text = _literal(text_node)
        if text is None:
            code = self.lines[node.lineno - 1].strip() if node.lineno <= len(self.lines) else ""
            self.dynamic.append(Dynamic(self.path, node.lineno, code, context))
            return
        comment = _literal(comment_node) or ""
        self.messages.append(Message(context, text, comment, plural,
                                     ((self.path, node.lineno),)))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        if _is_app_translate(func) and args:
            context = _literal(args[0])
            if context is not None:
                self._add(node, context, args[1] if len(args) > 1 else None,
                          args[2] if len(args) > 2 else keywords.get("disambiguation"),
                          plural=len(args) > 3 or "n" in keywords)
        elif isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP",
                                                        "QT_TRANSLATE_NOOP3") and args:
            context = _literal(args[0])
            if context is not None:
                self.noop_contexts.add(context)
                self._add(node, context, args[1] if len(args) > 1 else None,
                          args[2] if len(args) > 2 else None)
        elif (isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes
              and args):
            self._add(node, self.classes[-1], args[0],
                      args[1] if len(args) > 1 else keywords.get("disambiguation"),
                      plural=len(args) > 2 or "n" in keywords)
        elif isinstance(func, ast.Name) and func.id in self.helpers and args:
            self._add(node, self.helpers[func.id], args[0])
        self.generic_visit(node)


def extract(package: Path = PACKAGE) -> tuple[list[Message], list[Dynamic]]:
    """Every translatable text in the package, merged by (context, source, comment)."""
    root = package.parent
    trees: dict[str, ast.Module] = {}
    texts: dict[str, str] = {}
    paths: dict[str, Path] = {}
    for path in source_files(package):
        module = _module_name(path, root)
        texts[module] = path.read_text(encoding="utf-8")
        trees[module] = ast.parse(texts[module], filename=str(path))
        paths[module] = path
    helpers = _helpers(trees)
    merged: dict[tuple[str, str, str], Message] = {}
    dynamic: list[Dynamic] = []
    for module, tree in trees.items():
        relative = paths[module].relative_to(root).as_posix()
        visitor = _Visitor(relative, _local_helpers(module, tree, helpers),
                           texts[module].splitlines())
        visitor.visit(tree)
        # A translate call over a variable is fine where the module marks the texts it
        # translates that way with QT_TRANSLATE_NOOP under the same context.
        dynamic.extend(d for d in visitor.dynamic if d.context not in visitor.noop_contexts)
        for message in visitor.messages:
            old = merged.get(message.key)
            if old is None:
                merged[message.key] = message
            else:
                merged[message.key] = Message(
                    old.context, old.source, old.comment, old.plural or message.plural,
                    old.locations + message.locations)
    return sorted(merged.values()), dynamic


# -- .ts files ----------------------------------------------------------------------------------

@dataclass
class Translation:
    text: str = ""
    plurals: list[str] = field(default_factory=list)
    unfinished: bool = True


def read_ts(path: Path) -> dict[tuple[str, str, str], Translation]:
    """(context, source, comment) → translation, from a Qt Linguist file."""
    if not path.is_file():
        return {}
    found: dict[tuple[str, str, str], Translation] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            element = message.find("translation")
            translation = Translation()
            if element is not None:
                kind = element.get("type", "")
                translation.unfinished = kind in ("unfinished", "obsolete", "vanished")
                forms = element.findall("numerusform")
                if forms:
                    translation.plurals = [f.text or "" for f in forms]
                    translation.text = translation.plurals[0]
                else:
                    translation.text = element.text or ""
            found[(name, source, comment)] = translation
    return found


def write_ts(path: Path, language: str, messages: Iterable[Message],
             existing: dict[tuple[str, str, str], Translation]) -> None:
    """Write the .ts: the current messages in context order, keeping known translations.

    Texts no longer in the code are dropped (git keeps their history); a message whose
    translation is empty stays ``unfinished`` so Qt Linguist and the report show it.
    """
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in by_context[context_name]:
            element = ET.SubElement(context, "message")
            if message.plural:
                element.set("numerus", "yes")
            for file, line in message.locations:
                ET.SubElement(element, "location", filename=_relative_to(path, file),
                              line=str(line))
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            known = existing.get(message.key, Translation())
            translation = ET.SubElement(element, "translation")
            if known.unfinished or not known.text:
                translation.set("type", "unfinished")
            if message.plural:
                for form in known.plurals or [known.text]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = known.text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def _relative_to(ts_path: Path, file: str) -> str:
    return Path(os.path.relpath(ROOT / file, ts_path.parent)).as_posix()


def ts_path(language: str) -> Path:
    return TS_DIR / f"ocop_desktop_{language}.ts"


def qm_path_for(ts: Path) -> Path:
    return QM_DIR / (ts.stem + ".qm")


def all_ts_files() -> list[Path]:
    return [ts_path(lang) for lang in APP_LANGUAGES] + [TS_DIR / f"{n}.ts" for n in QT_TS_FILES]


# -- reporting ------------------------------------------------------------------------------------

def untranslated(messages: Iterable[Message],
                 translations: dict[tuple[str, str, str], Translation]) -> list[Message]:
    """Messages with no finished, non-empty translation."""
    missing = []
    for message in messages:
        known = translations.get(message.key)
        if known is None or known.unfinished or not known.text.strip():
            missing.append(message)
    return missing


def placeholders(text: str) -> set[str]:
    """``{name}`` fields and ``%1``-style arguments: a translation must keep them all."""
    import re

    return set(re.findall(r"\{[a-z_][a-z0-9_]*(?:[:!][^{}]*)?\}|%[0-9]+|%n", text))


def placeholder_mismatches(messages: Iterable[Message],
                           translations: dict[tuple[str, str, str], Translation]
                           ) -> list[tuple[Message, str]]:
    bad = []
    for message in messages:
        known = translations.get(message.key)
        if known is None or not known.text:
            continue
        if placeholders(message.source) != placeholders(known.text):
            bad.append((message, known.text))
    return bad


# -- compiling ------------------------------------------------------------------------------------

def lrelease_command() -> list[str] | None:
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    try:  # the same tool inside the PySide6 wheel, when its script folder is not on PATH
        from PySide6.scripts.pyside_tool import lrelease  # noqa: F401

        return [sys.executable, "-c",
                "import sys; from PySide6.scripts.pyside_tool import lrelease; "
                "sys.argv[0] = 'lrelease'; lrelease()"]
    except ImportError:
        return None


def release(files: Iterable[Path] | None = None) -> list[Path]:
    """Compile .ts → .qm (into the package); returns the .qm files written."""
    command = lrelease_command()
    if command is None:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6-Essentials)")
    written = []
    for ts in files or all_ts_files():
        qm = qm_path_for(ts)
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def release_if_stale() -> list[Path]:
    """Compile only the .ts files newer than their .qm (build.py calls this)."""
    stale = [ts for ts in all_ts_files()
             if ts.is_file() and (not qm_path_for(ts).is_file()
                                  or qm_path_for(ts).stat().st_mtime < ts.stat().st_mtime)]
    if not stale:
        return []
    if lrelease_command() is None:
        print("warning: pyside6-lrelease not found; using the committed .qm files")
        return []
    return release(stale)


# -- command line ---------------------------------------------------------------------------------

def _print_messages(title: str, items: Iterator[str] | list[str], limit: int) -> None:
    items = list(items)
    if not items:
        return
    print(f"{title}: {len(items)}")
    for line in items[:limit]:
        print("  " + line)
    if len(items) > limit:
        print(f"  … and {len(items) - limit} more")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="report only; write nothing")
    parser.add_argument("--release", action="store_true", help="also compile the .qm files")
    parser.add_argument("--limit", type=int, default=40, help="lines per list (default 40)")
    args = parser.parse_args(argv)

    messages, dynamic = extract()
    contexts = {m.context for m in messages}
    print(f"{len(messages)} texts in {len(contexts)} contexts")
    failed = False
    for language in APP_LANGUAGES:
        path = ts_path(language)
        existing = read_ts(path)
        if not args.report:
            write_ts(path, language, messages, existing)
        missing = untranslated(messages, existing)
        _print_messages(f"{path.relative_to(ROOT)}: untranslated",
                        [f"[{m.context}] {m.source!r} ({m.locations[0][0]}:{m.locations[0][1]})"
                         for m in missing], args.limit)
        mismatched = placeholder_mismatches(messages, existing)
        _print_messages(f"{path.relative_to(ROOT)}: placeholders differ",
                        [f"[{m.context}] {m.source!r} → {t!r}" for m, t in mismatched],
                        args.limit)
        failed = failed or bool(missing) or bool(mismatched)
    _print_messages("dynamic texts (not extractable; mark them with QT_TRANSLATE_NOOP)",
                    [f"{d.path}:{d.line}: {d.code}" for d in dynamic], args.limit)
    if args.release and not args.report:
        for qm in release():
            print(f"wrote {qm.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
