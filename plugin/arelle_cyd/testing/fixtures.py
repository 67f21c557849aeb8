"""Write the example synthetic filings kept in ``tests/fixtures/synthetic/`` for readers.

One filing per form (10-K, 20-F, 8-K Item 1.05, 6-K, inline XBRL) and one plain
XBRL instance, composed with fixed seeds so that the same code always writes the
same bytes; a test regenerates them and fails when the committed copies are stale.

Regenerate with::

    python -m arelle_cyd.testing.fixtures tests/fixtures/synthetic
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from arelle_cyd.testing.builder import DocumentFormat
from arelle_cyd.testing.compose import SeededChooser, compose_filing
from arelle_cyd.testing.files import render_files
from arelle_cyd.testing.synthetic import Form, SyntheticFiling


@dataclass(frozen=True, slots=True)
class Example:
    directory: str
    form: Form
    year: str
    document_format: DocumentFormat
    seed: int  # chosen for variety: nesting, continuations, lists and tables all occur

    def filing(self) -> SyntheticFiling:
        return compose_filing(
            SeededChooser(self.seed), form=self.form, year=self.year, document_format=self.document_format
        )


EXAMPLES = (
    Example("10-K-2024-inline", Form.TEN_K, "2024", DocumentFormat.INLINE, 139),
    Example("20-F-2025-inline", Form.TWENTY_F, "2025", DocumentFormat.INLINE, 191),
    Example("8-K-2024-inline", Form.EIGHT_K, "2024", DocumentFormat.INLINE, 10),
    Example("6-K-2025-inline", Form.SIX_K, "2025", DocumentFormat.INLINE, 180),
    Example("10-K-2025-instance", Form.TEN_K, "2025", DocumentFormat.INSTANCE, 188),
)

_README = """# Synthetic filings (generated)

Written by `python -m arelle_cyd.testing.fixtures tests/fixtures/synthetic`; do not edit by hand
(`tests/test_synthetic_fixtures.py` fails when these files differ from what the generator writes).
Every company, person and event here is invented. Each filing references the official SEC cyd and
dei schema URLs; offline, validate it with arelle-cyd's reconstruction:

    arelle-cyd validate <entry document> --cyd-reconstruction all [--cyd-items 1.05]

| Directory | Form | cyd | Format | Entry document | Parameters |
|---|---|---|---|---|---|
"""


def files(directory: Path) -> dict[Path, str]:
    """Every file the generator writes under ``directory``, with its text."""
    written: dict[Path, str] = {}
    manifest = []
    rows = []
    for example in EXAMPLES:
        filing = example.filing()
        rendered = render_files(filing)
        entry = next(iter(rendered))
        for name, text in rendered.items():
            written[directory / example.directory / name] = text
        parameters = filing.parameter_values
        manifest.append(
            {
                "directory": example.directory,
                "entry": entry,
                "form": example.form.value,
                "year": example.year,
                "format": example.document_format.value,
                "seed": example.seed,
                "parameters": parameters,
            }
        )
        shown = ", ".join(f"`{k}={v}`" for k, v in parameters.items()) or "none"
        rows.append(
            f"| `{example.directory}` | {example.form.value} | {example.year} | "
            f"{example.document_format.value} | `{entry}` | {shown} |\n"
        )
    written[directory / "filings.json"] = json.dumps(manifest, indent=2) + "\n"
    written[directory / "README.md"] = _README + "".join(rows)
    return written


def generate(directory: Path) -> list[Path]:
    written = files(directory)
    for path, text in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(written)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m arelle_cyd.testing.fixtures DIRECTORY", file=sys.stderr)
        return 2
    for path in generate(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
