"""Consumer proof: the wheel, installed without Arelle, validates and loads an exported document.

Builds the wheel, installs it with ``--no-deps`` (plus jsonschema) into a fresh
virtual environment, and runs the complete example of docs/schemas.md there on a
document the exporter wrote. It also checks that the wheel ships every module and
data file of the source tree and that the example passes ``mypy --strict``
against the installed wheel. Needs PyPI for jsonschema (pip's cache serves reruns).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
DOC = ROOT / "docs" / "schemas.md"
SHIPPED = {
    "plugin/arelle_cyd": "arelle_cyd",
    "generated/arelle_cyd_models": "arelle_cyd_models",
    "schemas": "arelle_cyd_models/schemas",
}
DATA_SUFFIXES = {".py", ".json", ".xsd", ".xml", ".zip", ".typed"}


def _run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, cwd=cwd, env=env, check=False, timeout=600
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def documented_example() -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(r"<!-- consumer-example -->\n```python(?: no-run)?\n(.*?)```", text, re.DOTALL)
    assert match, "docs/schemas.md lost its consumer example"
    return match.group(1)


def expected_wheel_members() -> set[str]:
    members = set()
    for source, target in SHIPPED.items():
        for path in (ROOT / source).rglob("*"):
            if path.is_file() and path.suffix in DATA_SUFFIXES and "__pycache__" not in path.parts:
                members.add(f"{target}/{path.relative_to(ROOT / source).as_posix()}")
    return members


@pytest.mark.slow
def test_the_wheel_serves_a_consumer_without_arelle(tmp_path: Path, real_exports: dict[str, Path]) -> None:
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "build", "--wheel", "--outdir", dist, ROOT, cwd=ROOT)
    [wheel] = dist.glob("arelle_cyd-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        missing = expected_wheel_members() - set(archive.namelist())
    assert missing == set(), "add the package or data pattern to [tool.setuptools] in pyproject.toml"

    environment = tmp_path / "consumer"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = environment / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    _run(python, "-m", "pip", "install", "--quiet", "--no-deps", wheel, env=env)
    _run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        f"jsonschema=={version('jsonschema')}",
        f"types-jsonschema=={version('types-jsonschema')}",
        env=env,
    )

    document = real_exports["KO"]
    script = tmp_path / "consume.py"
    script.write_text(documented_example(), encoding="utf-8")
    probe = (
        "import importlib.util as u; print(u.find_spec('arelle'), u.find_spec('arelle_cyd_models').origin)"
    )
    found = _run(python, "-I", "-c", probe, cwd=tmp_path, env=env).split()
    assert found[0] == "None" and str(environment) in found[1]

    out = _run(python, "-I", script, document, cwd=tmp_path, env=env)
    assert "COCA COLA CO (0000021344), Form 10-K, cyd 2024" in out
    assert "integration into overall risk management: yes" in out
    assert "/filing/form <- dei:DocumentType fact" in out

    broken = tmp_path / "broken.json"
    broken.write_text(document.read_text(encoding="utf-8").replace('"10-K"', "10", 1), encoding="utf-8")
    failed = subprocess.run(
        [python, "-I", script, broken], capture_output=True, text=True, env=env, check=False
    )
    assert failed.returncode != 0 and "ValidationError" in failed.stderr

    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", os.devnull]
    _run(*mypy, "--python-executable", python, script, cwd=tmp_path, env=env)
