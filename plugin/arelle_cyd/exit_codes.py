"""Exit codes of ``arelle-cyd`` (validate, batch, export), shared by the command line and the batch summary."""

from __future__ import annotations

EXIT_OK = 0  # every input processed, no error-level finding
EXIT_FINDINGS = 1  # at least one error-level finding
EXIT_INPUT = 2  # an input could not be processed, a bad option, or an interrupted batch
