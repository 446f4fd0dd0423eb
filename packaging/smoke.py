"""Smoke test of an installed Exchange Planner: the frozen folder, a wheel in a venv, the .deb.

    python packaging/smoke.py EXECUTABLE [--no-korean-system-font]

Run by a Python that has pypdf (the dev venv); EXECUTABLE is started as a subprocess, e.g.
``dist/exchange-planner/exchange-planner``, ``build/wheel-venv/bin/exchange-planner`` or
``/usr/bin/exchange-planner``. Every run works in a temporary folder that is also HOME and
the XDG folders, so the user's settings and data are never touched; PYTHONPATH is dropped so
the program under test cannot pick up a source checkout.

Checks, each printed as PASS or FAIL with its evidence (the exit status is 1 on any FAIL):
``--version`` is pyproject's version; ``demo`` writes the sample; ``list visits`` shows the
Gwangju delegation; ``print itinerary --lang de+ko`` writes a PDF that contains Hangul
(강기정) and German umlauts, quotes and ß, with every font embedded; ``--self-test`` under a
German locale, offscreen, has the German translation, the icon and the Korean font loaded.
``--no-korean-system-font`` runs the print and the window with a fontconfig that knows only
DejaVu, so Hangul must come from the font bundled with the program.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: Words of the sample's German+Korean itinerary (visit 1) that need more than ASCII:
#: the Korean mayor's name, umlauts, ß and German quotation marks.
EXPECTED_TEXT = (
    "강기정",
    "Bürgermeister",
    "Städtepartnerschaften",
    "Begrüßung",
    "„Demokratiecampus“",
)

#: What ``--self-test`` must report under LANG=de_DE.UTF-8.
EXPECTED_TRANSLATORS = ("qtbase", "exchange-planner")
EXPECTED_MENU = "Datei"
KOREAN_FONT = "NanumGothic"

#: A fontconfig file whose only fonts are DejaVu: a machine without a Korean system font.
DEJAVU_ONLY_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


@dataclass
class Check:
    name: str
    ok: bool
    evidence: str

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.name}: {self.evidence}"


# --- PDF checks (pure functions: the tests feed them PDFs of their own) -------------------


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _fonts(resources: Any, seen: set[int]) -> Iterator[tuple[str, Any]]:
    """(resource name, font dictionary) of a resource dictionary and its form XObjects."""
    if resources is None:
        return
    resources = resources.get_object()
    if id(resources) in seen:
        return
    seen.add(id(resources))
    fonts = resources.get("/Font")
    if fonts is not None:
        for key, font in fonts.get_object().items():
            yield str(key), font.get_object()
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for xobject in xobjects.get_object().values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                yield from _fonts(xobject.get("/Resources"), seen)


def font_problems(path: Path) -> tuple[list[str], list[str]]:
    """(names of the embedded fonts, problems): a font without a descriptor (one of the
    standard 14, never embedded) or whose descriptor has no FontFile2 (no TrueType file)."""
    from pypdf import PdfReader

    embedded: list[str] = []
    problems: list[str] = []
    seen: set[int] = set()
    for number, page in enumerate(PdfReader(path).pages, start=1):
        for key, font in _fonts(page.get("/Resources"), seen):
            base = str(font.get("/BaseFont", key))
            described = font
            if font.get("/Subtype") == "/Type0":
                described = font["/DescendantFonts"][0].get_object()
            descriptor = described.get("/FontDescriptor")
            if descriptor is None:
                problems.append(f"page {number}: {base} is not embedded (no font descriptor)")
            elif "/FontFile2" not in descriptor.get_object():
                problems.append(f"page {number}: {base} has no embedded TrueType file")
            elif base not in embedded:
                embedded.append(base)
    return embedded, problems


def check_pdf(path: Path, expected: tuple[str, ...] = EXPECTED_TEXT) -> list[Check]:
    """The text and font checks of a printed itinerary."""
    text = pdf_text(path)
    missing = [word for word in expected if word not in text]
    checks = [
        Check(
            "PDF text",
            not missing,
            f"missing {missing}" if missing else f"contains {', '.join(expected)}",
        )
    ]
    embedded, problems = font_problems(path)
    checks.append(
        Check(
            "PDF fonts embedded",
            bool(embedded) and not problems,
            "; ".join(problems) if problems else f"embedded: {', '.join(embedded) or 'none'}",
        )
    )
    korean = [name for name in embedded if KOREAN_FONT in name]
    checks.append(
        Check(
            "Hangul font embedded",
            bool(korean),
            f"{', '.join(korean)}" if korean else f"no {KOREAN_FONT} among {embedded}",
        )
    )
    return checks


def check_self_test(output: str, *, returncode: int) -> list[Check]:
    """The checks of ``--self-test`` output (``key=value`` lines) under a German locale."""
    values = dict(line.split("=", 1) for line in output.splitlines() if "=" in line)
    translators = [name for name in values.get("translators", "").split(",") if name]
    menus = values.get("menus", "").split("|")
    missing = [name for name in EXPECTED_TRANSLATORS if name not in translators]
    return [
        Check(
            "window starts",
            returncode == 0 and "window-title" in values,
            f"exit {returncode}, window-title={values.get('window-title', '(none)')}",
        ),
        Check(
            "German translation",
            not missing and EXPECTED_MENU in menus,
            f"translators={values.get('translators', '')}; menus={values.get('menus', '')}; "
            f"translations={values.get('translations', '')}",
        ),
        Check(
            "application icon",
            values.get("icon", "").endswith("(loaded)"),
            f"icon={values.get('icon', '(none)')}",
        ),
        Check(
            "Korean font in the window",
            KOREAN_FONT in values.get("fonts", "").split(","),
            f"fonts={values.get('fonts', '(none)')}",
        ),
    ]


# --- running the program ------------------------------------------------------------------


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def clean_environment(home: Path) -> dict[str, str]:
    """The caller's environment with a throwaway HOME and XDG folders, no PYTHONPATH."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "EXCHANGE_PLANNER_DB"}
        and not key.startswith(("XDG_", "QT_"))
    }
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    (home / "run").chmod(0o700)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def dejavu_folder() -> Path | None:
    for folder in (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")):
        if (folder / "DejaVuSans.ttf").is_file():
            return folder
    return None


def run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(command), flush=True)
    return subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def outcome(result: subprocess.CompletedProcess[str]) -> str:
    text = (result.stdout + result.stderr).strip().splitlines()
    return f"exit {result.returncode}: " + (" | ".join(text[-3:]) if text else "(no output)")


def smoke(executable: str, *, no_korean_system_font: bool = False) -> list[Check]:
    checks: list[Check] = []

    def record(check: Check) -> Check:
        print(check.line(), flush=True)
        checks.append(check)
        return check

    with tempfile.TemporaryDirectory(prefix="exchange-planner-smoke-") as temporary:
        work = Path(temporary)
        env = clean_environment(work / "home")
        if no_korean_system_font:
            fonts = dejavu_folder()
            if fonts is None:
                record(Check("DejaVu-only fontconfig", False, "no DejaVu folder on this machine"))
                return checks
            config = work / "fonts.conf"
            config.write_text(
                DEJAVU_ONLY_CONF.format(fonts=fonts, cache=work / "fc-cache"), encoding="utf-8"
            )
            env["FONTCONFIG_FILE"] = str(config)
            record(Check("DejaVu-only fontconfig", True, f"FONTCONFIG_FILE lists only {fonts}"))

        result = run([executable, "--version"], env, work)
        wanted = project_version()
        record(
            Check(
                "--version",
                result.returncode == 0 and result.stdout.split()[-1:] == [wanted],
                f"{result.stdout.strip() or outcome(result)} (pyproject: {wanted})",
            )
        )

        sample = work / "sample.sqlite3"
        result = run([executable, "demo", str(sample)], env, work)
        if not record(
            Check("demo", result.returncode == 0 and sample.is_file(), outcome(result))
        ).ok:
            return checks

        result = run([executable, "list", "visits", "--db", str(sample)], env, work)
        match = re.search(r"^(\d+)\s+.*Gwangju", result.stdout, re.MULTILINE)
        record(
            Check(
                "list visits",
                result.returncode == 0 and match is not None,
                match.group(0).strip() if match else outcome(result),
            )
        )
        visit = match.group(1) if match else "1"

        pdf = work / "itinerary.pdf"
        command = [executable, "print", "itinerary", "--db", str(sample), "--visit", visit]
        result = run([*command, "--lang", "de+ko", "-o", str(pdf)], env, work)
        if record(
            Check("print itinerary", result.returncode == 0 and pdf.is_file(), outcome(result))
        ).ok:
            for check in check_pdf(pdf):
                record(check)

        gui_env = {**env, "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
        result = run([executable, "--self-test"], gui_env, work)
        for check in check_self_test(result.stdout, returncode=result.returncode):
            if not check.ok and result.stderr.strip():
                check.evidence += f" (stderr: {' | '.join(result.stderr.splitlines()[-3:])})"
            record(check)
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("executable", help="the exchange-planner program to test")
    parser.add_argument(
        "--no-korean-system-font",
        action="store_true",
        help="run with a fontconfig that has only DejaVu (Hangul must come from the bundle)",
    )
    args = parser.parse_args(argv)
    executable = args.executable
    if os.sep in executable or "/" in executable:  # the tests run in a folder of their own
        executable = str(Path(executable).resolve())
    checks = smoke(executable, no_korean_system_font=args.no_korean_system_font)
    failed = [check.name for check in checks if not check.ok]
    print(
        f"smoke {args.executable}: "
        + (f"FAILED ({', '.join(failed)})" if failed else f"all {len(checks)} checks passed"),
        flush=True,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
