"""EXPORT ROUND-TRIP PROPERTIES: the place for them, not yet written.

The JSON export and its schema package are built on another branch. When they
are merged, the properties belong here, driven by the same strategies:

* every ``filings()`` example exports to JSON that validates against the
  published JSON Schema, for inline and plain instances alike;
* export -> load with ``arelle_cyd_models`` -> compare: every cyd fact of
  ``views.view_of(filing)`` appears once, with its value, context and flag answer;
* ``garbled_filings()`` never make the exporter raise (the fuzz property of
  ``test_fuzz.py``, with the exporter as the consumer);
* the exporter joins ``CONSUMERS`` in ``test_security.py`` so the XXE, network
  and entity-bomb tests cover it.

Until then this module holds no test on purpose; nothing here claims the export is checked.
"""
