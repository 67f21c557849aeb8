"""Pure helpers behind the new rules: EDGAR's tables, text extraction and EDGAR's HTML check."""

from __future__ import annotations

from importlib import resources

import pytest
import xmlschema

from arelle_cyd.catalogue import edgar
from arelle_cyd.catalogue.loader import data_path, read_json
from arelle_cyd.edgar_html import Problem, html_issues
from arelle_cyd.textblock import non_space_length, plain_text


@pytest.mark.parametrize(
    ("namespace", "abbreviation"),
    [
        ("http://fasb.org/us-gaap/2024", "us-gaap/2024"),
        ("http://xbrl.sec.gov/cyd/2025", "cyd/2025"),
        ("http://xbrl.sec.gov/vip/2024q4", "vip/2024q4"),
        ("https://xbrl.ifrs.org/taxonomy/2024-03-27/ifrs-full", "ifrs/2024"),
        ("http://example.com/syn/20241231", None),
    ],
)
def test_namespaces_abbreviate_as_edgar_does(namespace: str, abbreviation: str | None) -> None:
    assert edgar.abbreviation(namespace) == abbreviation


def test_efm_6_22_3_compatibility_classes() -> None:
    conflict = edgar.incompatible_classes(frozenset({"us-gaap/2024", "cyd/2025", "dei/2024"}))
    assert conflict is not None and conflict.conflict_class == "us-gaap/2024-cyd/2025"
    assert edgar.incompatible_classes(frozenset({"us-gaap/2025", "cyd/2024", "dei/2025"})) is None
    assert edgar.incompatible_classes(frozenset({"dei/2024", "cyd/2025"})) is None  # 8-K: EDGAR accepts
    two_years = edgar.incompatible_classes(frozenset({"dei/2024", "dei/2025"}))
    assert two_years is not None and two_years.involved == {"dei/2024", "dei/2025"}


def test_edgar_transform_registries_and_required_prefixes() -> None:
    registries = edgar.transform_registries()
    assert registries["http://www.sec.gov/inlineXBRL/transformation/2015-08-31"] == "ixt-sec"
    assert len(registries) == 4 and set(registries.values()) == {"ixt", "ixt-sec"}


def test_plain_text_is_what_a_reader_sees() -> None:
    value = '<div style="x"><p>Our&#160;board<br/>oversees&nbsp;risk.</p><script>var x;</script></div>'
    assert plain_text(value) == "Our board oversees risk."
    assert plain_text("<p> </p><div>\u00a0</div>") == ""
    assert plain_text(None) == ""
    assert non_space_length("a b\u00a0c") == 3


def test_edgar_html_check_accepts_edgar_html_and_names_each_problem() -> None:
    assert html_issues("Plain text without any markup & no tags") == []
    assert html_issues("<p>Fine <b>bold</b> &amp; &nbsp; text.</p>") == []
    assert [i.problem for i in html_issues("<p>x<iframe src='a'></iframe></p>")] == [Problem.HTML]
    assert [i.problem for i in html_issues("<p>x &madeup; y</p>")] == [Problem.ENTITY]
    assert [i.problem for i in html_issues("<p>unclosed <b>bold</p>")] == [Problem.SYNTAX]


@pytest.mark.parametrize(
    "entry", read_json("edgar/edgar-releases.json")["releases"], ids=lambda e: e["release"]
)
def test_each_copied_taxonomy_list_is_valid_erxl_and_read_as_xmlschema_reads_it(
    entry: dict[str, str],
) -> None:
    """The rules read these SEC files with the standard library; xmlschema vouches for them here."""
    with (
        resources.as_file(data_path("edgar/erxl.xsd")) as schema_path,
        resources.as_file(data_path(f"edgar/{entry['file']}")) as list_path,
    ):
        schema = xmlschema.XMLSchema(str(schema_path))
        assert list(schema.iter_errors(str(list_path))) == []
        decoded = schema.to_dict(str(list_path))
    assert isinstance(decoded, dict)
    locs = edgar.erxl_locs(entry["file"])
    assert len(locs) == len(decoded["Loc"]) > 100
    assert edgar.erxl_cyd_years(locs) == edgar.erxl_cyd_years(decoded["Loc"])
    assert [loc.get("Namespace") for loc in locs] == [loc.get("Namespace") for loc in decoded["Loc"]]


def test_releases_accept_cyd_2024_from_24_3_and_2025_from_25_1() -> None:
    accepted = {release.release: release.cyd_years for release in edgar.releases()}
    assert accepted["24.3"] == {"2024"}
    assert {"2024", "2025"} <= accepted["25.1"]
