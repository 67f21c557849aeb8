"""The offline reconstruction: labelled as such, deterministic, committed fresh, never shadowing."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from arelle_cyd.parameters import Reconstruction
from arelle_cyd.reconstruction import build, resolver
from support import arelle_session

RECONSTRUCTION = Path(build.__file__).parent


def test_generation_is_deterministic() -> None:
    assert build.digest() == build.digest()
    assert build.package_bytes("2024") == build.package_bytes("2024")


def test_committed_reconstruction_files_are_fresh() -> None:
    stale = [
        relative
        for relative, data in build.output_files()
        if not (RECONSTRUCTION / relative).exists() or (RECONSTRUCTION / relative).read_bytes() != data
    ]
    assert stale == [], "run: python -m arelle_cyd.reconstruction.build (or arelle-cyd generate)"


def test_every_schema_and_the_package_metadata_say_reconstruction() -> None:
    for generated in build.files_for_year("2024"):
        assert "RECONSTRUCTION" in generated.text and "NOT the SEC" in generated.text, generated.url
    with zipfile.ZipFile(RECONSTRUCTION / "packages" / "arelle-cyd-reconstruction-2024.zip") as archive:
        metadata = archive.read("arelle-cyd-reconstruction-2024/META-INF/taxonomyPackage.xml").decode()
    assert "RECONSTRUCTION" in metadata and "not the U.S. Securities and Exchange Commission" in metadata


class _Cache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.builtInCacheDir = str(root / "builtin")

    def urlToCacheFilepath(self, url: str, cacheDir: str | None = None) -> str:
        scheme, _, rest = url.partition("://")
        return str(Path(cacheDir or self.root) / scheme / rest)


CYD_URL = "https://xbrl.sec.gov/cyd/2024/cyd-2024.xsd"
DEI_URL = "https://xbrl.sec.gov/dei/2024/dei-2024.xsd"


def _resolve(
    url: str, cache: Any, mode: Reconstruction = Reconstruction.AUTO, offline: bool = True
) -> str | None:
    return resolver.resolve(url, None, mode=mode, offline=offline, web_cache=cache)


def test_resolver_maps_cyd_offline_only(tmp_path: Path) -> None:
    cache = _Cache(tmp_path)
    assert _resolve(CYD_URL, cache) is not None
    assert _resolve(CYD_URL, cache, offline=False) is None
    assert _resolve(CYD_URL, cache, mode=Reconstruction.NEVER) is None


def test_resolver_never_shadows_an_official_cached_file(tmp_path: Path) -> None:
    cache = _Cache(tmp_path)
    cached = Path(cache.urlToCacheFilepath(CYD_URL))
    cached.parent.mkdir(parents=True)
    cached.write_text("<official/>")
    assert _resolve(CYD_URL, cache) is None


def test_resolver_maps_dei_only_in_mode_all_and_ignores_unknown_files(tmp_path: Path) -> None:
    cache = _Cache(tmp_path)
    assert _resolve(DEI_URL, cache) is None
    assert _resolve(DEI_URL, cache, mode=Reconstruction.ALL) is not None
    assert _resolve("https://xbrl.sec.gov/cyd/2026/cyd-2026.xsd", cache) is None
    assert _resolve("https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd", cache) is None
    relative = resolver.resolve(
        "cyd-2024.xsd",
        "https://xbrl.sec.gov/cyd/2024/cyd-af-2024.xsd",
        mode=Reconstruction.AUTO,
        offline=True,
        web_cache=cache,
    )
    assert relative is not None and relative.endswith("cyd-2024.xsd")


@pytest.mark.parametrize("year", ["2024", "2025"])
def test_the_taxonomy_package_loads_in_arelle_with_its_entry_points(year: str) -> None:
    package = RECONSTRUCTION / "packages" / f"arelle-cyd-reconstruction-{year}.zip"
    entry = f"https://xbrl.sec.gov/cyd/{year}/cyd-af-{year}.xsd"
    with arelle_session(entry, packages=[str(package)]) as (models, log):
        names = {
            c.qname.localName
            for c in models[0].qnameConcepts.values()
            if c.qname.namespaceURI == f"http://xbrl.sec.gov/cyd/{year}"
        }
    assert [entry for entry in log if entry["level"] == "error"] == []
    assert len(names) == 25
