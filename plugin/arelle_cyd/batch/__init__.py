"""Batch validation: many filings, N worker processes that each start Arelle once, JSON Lines out.

``arelle-cyd batch`` (``arelle_cyd.cli.batch_command``) is the command line;
``run_batch`` the same from Python. One module per concern:

- ``discover``: which files under the given paths are filings (entry documents);
- ``controller``: a warm Arelle controller with the plugin, in a worker;
- ``worker``: the worker process loop; ``pool``: workers, timeouts, restarts;
- ``record``: one results line; ``results``: the file (append, resume, repair);
- ``summary``: the closing summary and exit code; ``progress``: the terminal bar;
- ``runner``: puts them together.
"""

from __future__ import annotations

from arelle_cyd.batch.controller import Settings
from arelle_cyd.batch.discover import Entry, EntryKind, discover
from arelle_cyd.batch.pool import BatchError
from arelle_cyd.batch.record import Record, Status
from arelle_cyd.batch.results import ResultsInUseError
from arelle_cyd.batch.runner import BatchOptions, pending, run_batch
from arelle_cyd.batch.summary import Summary

__all__ = [
    "BatchError",
    "BatchOptions",
    "Entry",
    "EntryKind",
    "Record",
    "ResultsInUseError",
    "Settings",
    "Status",
    "Summary",
    "discover",
    "pending",
    "run_batch",
]
