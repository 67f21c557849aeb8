"""Every command shown in the docs is run, so the docs cannot rot.

The fenced blocks of ``README.md`` and ``docs/*.md`` whose info string starts with
``sh`` (or ``bash``/``shell``) run with bash (``set -euo pipefail``); those starting
with ``python`` run with this interpreter. A block must exit with status 0 and print
no Python traceback. Each runs offline (proxies point at a closed port, pip may not
use an index), with a temporary ``XDG_CONFIG_HOME``, with this virtual environment's
``bin`` first on ``PATH``, and in a temporary folder holding links to the repository's
top-level files, so relative paths such as ``tests/fixtures/...`` work and files a
command writes land in the temporary folder.

Convention for blocks that must not run: add ``no-run`` to the info string
(```` ```sh no-run ````), and say in the surrounding text why (it installs from
PyPI, starts the desktop application, runs the test suite itself, ...). Other
languages (``text``, ``json``, ...) are shown, never run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SHELL = ("sh", "bash", "shell")
PYTHON = ("python", "py")
SHOWN_ONLY = ("text", "json", "toml", "xml", "html", "yaml", "ini", "diff")
NO_RUN = "no-run"
NOT_LINKED = {".git", ".venv", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", "build", "dist"}
FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # of the opening fence, 1-based
    language: str
    flags: frozenset[str]
    text: str

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def blocks(path: Path) -> Iterator[Block]:
    """The fenced code blocks of a Markdown file (CommonMark fences: ``` or ~~~, 0-3 spaces)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        start = index
        fence = opening["fence"]
        words = opening["info"].split()
        body: list[str] = []
        index += 1
        while index < len(lines) and not re.match(rf"^ {{0,3}}{fence[0]}{{{len(fence)},}}\s*$", lines[index]):
            body.append(lines[index])
            index += 1
        yield Block(
            path,
            start + 1,
            words[0].lower() if words else "",
            frozenset(w.lower() for w in words[1:]),
            "\n".join(body) + "\n",
        )
        index += 1


ALL_BLOCKS = [block for path in DOCS for block in blocks(path)]
RUNNABLE = [b for b in ALL_BLOCKS if b.language in SHELL + PYTHON]


def _params() -> list[object]:
    return [
        pytest.param(
            block,
            id=block.where,
            marks=[pytest.mark.skip(reason=f"{block.where} is marked {NO_RUN}")]
            if NO_RUN in block.flags
            else [],
        )
        for block in RUNNABLE
    ]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder that looks like the repository (links) but keeps what commands write."""
    folder = tmp_path / "repo"
    folder.mkdir()
    for entry in ROOT.iterdir():
        if entry.name not in NOT_LINKED:
            (folder / entry.name).symlink_to(entry)
    return folder


def _environment() -> dict[str, str]:
    bin_dir = Path(sys.executable).parent
    closed = "http://127.0.0.1:9"  # the discard port: any attempt to go online fails at once
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "all_proxy")}
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        VIRTUAL_ENV=sys.prefix,
        # `make` uses this environment and never re-installs it (it would need PyPI)
        VENV=sys.prefix,
        SKIP_INSTALL="1",
        http_proxy=closed,
        https_proxy=closed,
        HTTP_PROXY=closed,
        HTTPS_PROXY=closed,
        PIP_NO_INDEX="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


@pytest.mark.parametrize("block", _params())
def test_doc_block_runs(block: Block, workdir: Path) -> None:
    if block.language in SHELL:
        command = ["bash", "-euo", "pipefail", "-c", block.text]
    else:
        script = workdir / "doc_block.py"
        script.write_text(block.text, encoding="utf-8")
        command = [sys.executable, str(script)]
    result = subprocess.run(
        command, cwd=workdir, env=_environment(), capture_output=True, text=True, timeout=600, check=False
    )
    report = f"{block.where}\n{block.text}\n--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
    assert result.returncode == 0, report
    assert "Traceback (most recent call last)" not in result.stdout + result.stderr, report


def test_the_docs_have_blocks_to_run() -> None:
    """Guards the parser: the README alone shows several commands that must run."""
    readme = [b for b in RUNNABLE if b.path.name == "README.md" and NO_RUN not in b.flags]
    assert {b.language for b in readme} >= {"sh", "python"} and len(readme) >= 4


def test_every_block_says_what_it_is() -> None:
    """An unlabelled or oddly labelled block would silently escape the run."""
    unknown = [
        f"{b.where} ```{b.language}" for b in ALL_BLOCKS if b.language not in SHELL + PYTHON + SHOWN_ONLY
    ]
    assert unknown == [], "label each fenced block with sh, python (run) or text, json, ... (shown)"
    stray = [b.where for b in ALL_BLOCKS if b.flags - {NO_RUN}]
    assert stray == [], f"the only flag after the language is {NO_RUN!r}"


def test_relative_links_and_images_exist() -> None:
    missing = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"^[a-z]+:|^#", target):
                continue
            if not (path.parent / target.split("#")[0]).exists():
                missing.append(f"{path.relative_to(ROOT)}: {target}")
    assert missing == []
