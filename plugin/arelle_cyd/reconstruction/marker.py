"""How arelle-cyd marks, and recognises, the schemas of its offline reconstruction.

Every generated schema carries ``<xs:appinfo><cydr:reconstruction .../></xs:appinfo>``
so that a reconstruction is never mistaken for the SEC's file, however it was
supplied (the plugin's URL mapping, ``--packages``, or a copy in a cache).
"""

from __future__ import annotations

from typing import Any

NAMESPACE = "urn:arelle-cyd:reconstruction"
ELEMENT = f"{{{NAMESPACE}}}reconstruction"
XSD = "http://www.w3.org/2001/XMLSchema"


def _marker(root: Any) -> Any:
    for annotation in root.iterchildren(f"{{{XSD}}}annotation"):
        for appinfo in annotation.iterchildren(f"{{{XSD}}}appinfo"):
            marker = next(appinfo.iterchildren(ELEMENT), None)
            if marker is not None:
                return marker
    return None


def is_reconstruction_schema(root: Any) -> bool:
    """True when an lxml schema root carries the reconstruction marker in its annotation."""
    return _marker(root) is not None


def official_url(root: Any) -> str | None:
    marker = _marker(root)
    return None if marker is None else marker.get("officialUrl")
