"""Decide when an official cyd/dei schema URL may be served from the offline reconstruction.

Rules, in order: never when the user says ``never``; only when Arelle works
offline (online, the official file is reachable and always wins); never when
Arelle's cache already holds the official file; dei files only in mode ``all``;
only for files the reconstruction actually has. Users who want the
reconstruction online pass its taxonomy package with ``--packages`` explicitly.
"""

from __future__ import annotations

import posixpath
import re
from functools import cache
from pathlib import Path
from typing import Any

from arelle_cyd.parameters import Reconstruction

FILES = Path(__file__).parent / "files"
_URL = re.compile(r"^https?://xbrl\.sec\.gov/(cyd|dei)/(\d{4})/([A-Za-z0-9_.-]+)$")


@cache
def _local_files() -> dict[str, Path]:
    """``xbrl.sec.gov/cyd/2024/cyd-2024.xsd`` -> local path, for every reconstruction file."""
    return {p.relative_to(FILES).as_posix(): p for p in FILES.rglob("*") if p.is_file()}


def _absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    if url.startswith(("http://", "https://")):
        return url
    if base and base.startswith(("http://", "https://")):
        scheme, _, rest = base.partition("://")
        return f"{scheme}://{posixpath.normpath(posixpath.join(posixpath.dirname(rest), url))}"
    return None


def local_path(url: str) -> Path | None:
    match = _URL.match(url)
    if not match:
        return None
    return _local_files().get(f"xbrl.sec.gov/{match.group(1)}/{match.group(2)}/{match.group(3)}")


def _cached_officially(url: str, web_cache: Any) -> bool:
    if web_cache is None:
        return False
    try:
        path = web_cache.urlToCacheFilepath(url)
        if path and Path(path).exists():
            return True
        built_in = web_cache.urlToCacheFilepath(url, cacheDir=web_cache.builtInCacheDir)
        return bool(built_in and Path(built_in).exists())
    except Exception:  # noqa: BLE001 - an odd cache layout means "not cached"
        return False


def resolve(
    url: str | None, base: str | None, *, mode: Reconstruction, offline: bool, web_cache: Any
) -> str | None:
    if mode is Reconstruction.NEVER or not offline:
        return None
    absolute = _absolute(url, base)
    if absolute is None:
        return None
    match = _URL.match(absolute)
    if match is None or (match.group(1) == "dei" and mode is not Reconstruction.ALL):
        return None
    local = local_path(absolute)
    if local is None or _cached_officially(absolute, web_cache):
        return None
    return str(local)
