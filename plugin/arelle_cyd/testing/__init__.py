"""Synthetic filings for tests, here and in downstream projects.

``builder`` renders a ``FilingSpec`` as inline XBRL or a plain XBRL instance that
Arelle loads offline (with ``--cyd-reconstruction all``); ``strategies`` (hypothesis)
generates specs. Both are public API.
"""
