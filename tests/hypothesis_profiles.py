"""Hypothesis profiles: a fast, deterministic one for CI and everyday runs, a long one for deep runs.

``pytest`` uses ``fast`` unless told otherwise; ``pytest --hypothesis-profile=long``
(or ``HYPOTHESIS_PROFILE=long``) multiplies every property's example budget by
``LONG_FACTOR`` and explores new random examples each run. A failure the long
run finds is kept as an ``@example(...)`` on the property it broke.

Arelle runs cost about 0.3 s each, so properties that need Arelle ask for a few
examples (``budget(2)``) and those that build ``FilingView`` records directly ask
for many (``budget(100)``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

FAST = "fast"
LONG = "long"
LONG_FACTOR = 20
FAST_EXAMPLES = 10

# Generated filings are large and Arelle is slow by hypothesis's standards; neither is a defect.
_TOLERATED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

settings.register_profile(
    FAST,
    max_examples=FAST_EXAMPLES,
    deadline=None,
    derandomize=True,  # CI sees the same examples every run: no flaky red builds
    database=None,
    suppress_health_check=_TOLERATED,
    print_blob=True,
)
settings.register_profile(
    LONG,
    max_examples=FAST_EXAMPLES * LONG_FACTOR,
    deadline=None,
    suppress_health_check=_TOLERATED,
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", FAST))


def is_long() -> bool:
    current = settings.default
    return current is not None and current.max_examples > FAST_EXAMPLES


def budget(fast_examples: int) -> settings:
    """Settings for a property that runs ``fast_examples`` examples under ``fast`` (scaled under ``long``)."""
    factor = LONG_FACTOR if is_long() else 1
    return settings(max_examples=max(1, fast_examples * factor))
