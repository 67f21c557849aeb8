"""Tests of the SEC ``ixt-sec`` transforms (:mod:`arelle_cyd.transforms`).

Most expected values come from the SEC transformation registry's own
conformance variations (``conf/tests.xml`` of the SEC Inline Transforms plugin),
so a pass here means the value EDGAR would give the fact. The end-to-end test
checks the other half: that Arelle, given the plugin hook, applies the transform
to a real inline XBRL document instead of reporting ``invalidTransformation``.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from arelle.ModelValue import qname

from arelle_cyd.transforms import IXT_SEC_NAMESPACE, TRANSFORMS, TransformError, ixt_sec, register, tables
from support import arelle_session

NBSP = "\u00a0"
UNCHECKED, CHECKED, CROSSED = "\u2610", "\u2611", "\u2612"

# transform -> (input, expected output); whitespace and case variants the registry allows included.
VALID: dict[str, list[tuple[str, str]]] = {
    "boolballotbox": [
        (UNCHECKED, "false"),
        (CHECKED, "true"),
        (CROSSED, "true"),
        (f"  {UNCHECKED}", "false"),
        (f"{CROSSED}\n\t", "true"),
    ],
    "yesnoballotbox": [
        (UNCHECKED, "No"),
        (CHECKED, "Yes"),
        (CROSSED, "Yes"),
        (f" {UNCHECKED} ", "No"),
    ],
    "countrynameen": [
        ("Afghanistan", "AF"),
        ("afghanistan", "AF"),
        ("\n      Afghanistan\t", "AF"),
        (f"Åland{NBSP}Islands", "AX"),
        ("aland Islands", "AX"),
        ("The Republic Of Argentina", "AR"),
        ("Federative Republic Of Brasil", "BR"),
        ("Brazil", "BR"),
        ("Canada", "CA"),
        ("People's Republic Of China", "CN"),
        ("Peoples Republic Of China", "CN"),
        ("The People\u2019s Republic of China", "CN"),
        ("cocos (keeling) islands", "CC"),
        ("Cocos [Keeling] Islands", "CC"),
        ("democratic republic of the congo", "CD"),
        ("Congo", "CG"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Curaçao", "CW"),
        ("Czech Republic", "CZ"),
        ("The Falkland Islands (Malvinas)", "FK"),
        ("Islas Malvinas", "FK"),
        ("Guinea-Bissau", "GW"),
        ("Heard Island And McDonald Islands", "HM"),
        ("Vatican City", "VA"),
        ("The Islamic Republic of Iran", "IR"),
        ("North Korea", "KP"),
        ("Republic Of Korea", "KR"),
        ("The Grand Duchy Of Luxembourg", "LU"),
        ("The Republic Of The Marshall Islands", "MH"),
        ("United Mexican States", "MX"),
        ("Republic Of North Macedonia", "MK"),
        ("Réunion", "RE"),
        ("Saint Helena, Ascension and Tristan Da Cunha", "SH"),
        ("Saint Vincent And The Grenadines", "VC"),
        ("España", "ES"),
        ("Taiwan, Province Of China", "TW"),
        ("Timor-Leste", "TL"),
        ("UAE", "AE"),
        ("U.K.", "GB"),
        ("England And Wales", "GB"),
        ("United Kingdom Of Great Britain And Northern Ireland", "GB"),
        ("U.S.A.", "US"),
        ("United States", "US"),
        ("United States Minor Outlying Islands", "UM"),
        ("US Virgin Islands", "VI"),
        ("British Virgin Islands", "VG"),
        ("Zimbabwe", "ZW"),
    ],
    "stateprovnameen": [
        ("Alaska", "AK"),
        ("alaska", "AK"),
        ("New York", "NY"),
        (f"New{NBSP}York", "NY"),
        (" New York ", "NY"),
        ("new york", "NY"),
        ("District of Columbia", "DC"),
        ("Samoa", "AS"),
        ("Virgin Islands, U.S.", "VI"),
        ("Georgia", "GA"),
        ("Yukon", "YT"),
        ("Newfoundland and Labrador", "NL"),
        ("Québec", "QC"),
        ("quebec", "QC"),
    ],
    "exchnameen": [
        ("New York Stock Exchange", "NYSE"),
        ("New York Stock Exchange LLC", "NYSE"),
        ("new york stock exchange", "NYSE"),
        ("NYSE", "NYSE"),
        ("Nasdaq Global Select Market", "NASDAQ"),
        ("The Nasdaq Stock Market LLC", "NASDAQ"),
        ("NASDAQ Global Market", "NASDAQ"),
        ("BOX Exchange LLC", "BOX"),
        (f"BOX{NBSP}Exchange{NBSP}LLC", "BOX"),
        (" BOX Exchange LLC ", "BOX"),
        ("Cboe BYX Exchange, Inc.", "CboeBYX"),
        ("Cboe BZX Exchange, Inc.", "CboeBZX"),
        ("Cboe C2 Exchange, Inc.", "C2"),
        ("Cboe EDGA Exchange, Inc.", "CboeEDGA"),
        ("Cboe EDGX Exchange, Inc.", "CboeEDGX"),
        ("Cboe Exchange, Inc.", "CBOE"),
        ("Chicago Stock Exchange, Inc.", "CHX"),
        ("Investors Exchange LLC", "IEX"),
        ("Miami International Securities Exchange LLC", "MIAX"),
        ("MIAX PEARL, LLC", "PEARL"),
        ("Nasdaq BX, Inc. ", "BX"),
        ("Nasdaq GEMX, LLC", "GEMX"),
        ("Nasdaq ISE, LLC", "ISE"),
        ("Nasdaq MRX, LLC", "MRX"),
        ("Nasdaq PHLX LLC", "Phlx"),
        ("NYSE American LLC", "NYSEAMER"),
        ("NYSE Arca, Inc.", "NYSEArca"),
        ("NYSE National, Inc.", "NYSENAT"),
    ],
    "edgarprovcountryen": [
        ("American Samoa", "B5"),
        ("american samoa", "B5"),
        (" american samoa ", "B5"),
        (f"american{NBSP}samoa", "B5"),
        ("Guam", "GU"),
        ("Puerto Rico", "PR"),
        ("United States Minor Outlying Islands", "2J"),
        ("US Virgin Islands", "VI"),
        ("U.S. Virgin Islands", "VI"),
        ("Virgin Islands, US", "VI"),
        ("Virgin Islands, U.S.", "VI"),
        ("Alberta", "A0"),
        ("Ontario, Canada", "A6"),
        ("Quebec", "A8"),
        ("Yukon", "B0"),
        ("Afghanistan", "B2"),
        ("Åland Islands", "Y6"),
        ("Anguilla", "1A"),
        ("Cape Verde", "E8"),
        ("Cabo Verde", "E8"),
        ("Canada", "Z4"),
        ("Democratic Republic Of Congo", "Y3"),
        ("Côte d'Ivoire", "L7"),
        ("Georgia", "2Q"),
        ("Germany", "2M"),
        ("Holy See", "X4"),
        ("Netherlands Antilles", "P8"),
        ("Netherlands", "P7"),
        ("Swaziland", "V6"),
        ("Taiwan Province Of China", "F5"),
        ("UAE", "C0"),
        ("United Kingdom", "X0"),
        ("United States", "X1"),
        ("Viet Nam", "Q1"),
        ("Unknown", "XX"),
    ],
    "entityfilercategoryen": [
        ("Large Accelerated Filer", "Large Accelerated Filer"),
        ("Large accelerated Filer", "Large Accelerated Filer"),
        ("large accelerated filer", "Large Accelerated Filer"),
        ("Accelerated Filer", "Accelerated Filer"),
        (" accelerated filer ", "Accelerated Filer"),
        ("Non-accelerated Filer", "Non-accelerated Filer"),
        ("Non Accelerated Filer", "Non-accelerated Filer"),
        ("non\u2011accelerated filer", "Non-accelerated Filer"),
    ],
    "duryear": [
        ("7", "P7Y"),
        ("-7", "-P7Y"),
        ("7.3", "P7Y3M18D"),
        (" 7 ", "P7Y"),
        ("1.5", "P1Y6M"),
        ("+2.25", "P2Y3M"),
        (".5", "P0Y6M"),
        ("0", "P0Y"),
        ("-0", "P0Y"),
    ],
    "durmonth": [
        ("7", "P7M"),
        ("-7", "-P7M"),
        ("7.3", "P7M9D"),
        (" 7 ", "P7M"),
        ("0.5", "P0M15D"),
    ],
    "durweek": [
        ("7", "P49D"),
        ("-7", "-P49D"),
        ("7.3", "P51D"),
        (" 7 ", "P49D"),
        ("0", "P0D"),
    ],
    "durday": [
        ("7.5", "P7DT12H"),
        ("-12345", "-P12345D"),
        (" 7.5 ", "P7DT12H"),
        ("30", "P30D"),
        ("0.25", "P0DT6H"),
    ],
    "durhour": [
        ("7", "PT7H"),
        ("-7", "-PT7H"),
        ("7.3", "PT7H"),
        (" 7 ", "PT7H"),
        ("0", "PT0H"),
    ],
    "numinf": [("", "INF"), ("infinite", "INF"), ("\u221e", "INF")],
    "numneginf": [("", "-INF"), ("minus infinity", "-INF"), ("-\u221e", "-INF")],
    "numnan": [("", "NaN"), ("n/a", "NaN"), ("not meaningful", "NaN")],
    "numwordsen": [
        ("no", "0"),
        ("none", "0"),
        ("None", "0"),
        ("zero", "0"),
        (" zero ", "0"),
        ("nil", "0"),
        ("one", "1"),
        ("fifty-one", "51"),
        ("fifty one", "51"),
        ("fifty\u2013one", "51"),
        ("fifty\uff0done", "51"),
        ("one hundred", "100"),
        (" one hundred ", "100"),
        (f"one{NBSP}hundred", "100"),
        ("One Hundred Twenty-Three", "123"),
        ("one hundred twenty-three", "123"),
        ("three hundred and five", "305"),
        ("twelve hundred", "1200"),
        ("two thousand, and seven", "2007"),
        ("eighteen million three hundred thousand fifty-one", "18300051"),
        ("eighteen million three hundred thousand and fifty-one", "18300051"),
        ("two billion, five hundred million", "2500000000"),
        ("nine hundred ninety-nine billion nine hundred ninety-nine million", "999999000000"),
        ("one quintillion", "1000000000000000000"),
    ],
    "durwordsen": [
        ("seven days", "P7D"),
        (" seven days ", "P7D"),
        (f"seven{NBSP}days", "P7D"),
        ("twelve years", "P12Y"),
        ("twelve-years", "P12Y"),
        ("twelve\u2014years", "P12Y"),
        ("one year and six months", "P1Y6M"),
        ("One Year", "P1Y"),
        ("twelve years, six months and four days", "P12Y6M4D"),
        ("three years, 11 months and four days", "P3Y11M4D"),
        ("three years four months no days", "P3Y4M"),
        ("no days", "P0D"),
        ("zero years", "P0D"),
        ("18 months", "P18M"),
        ("nineteen hundred ninety-nine days", "P1999D"),
    ],
    "datequarterend": [
        ("first quarter 2024", "2024-03-31"),
        ("Q1 2024", "2024-03-31"),
        ("second quarter of 2024", "2024-06-30"),
        ("3rd quarter, 1999", "1999-09-30"),
        ("The 3rd quarter, 1999", "1999-09-30"),
        ("Last quarter 1999", "1999-12-31"),
        ("The Last quarter, 1999", "1999-12-31"),
        ("Q3 1999", "1999-09-30"),
        (f"Q3{NBSP}1999", "1999-09-30"),
        ("Quarter 3, 1999", "1999-09-30"),
        ("Q3'1999", "1999-09-30"),
        ("1999, Q4", "1999-12-31"),
        ("1999 1st Quarter", "1999-03-31"),
        ("1999 1st Quarter End", "1999-03-31"),
        ("1999 1st quarter-end", "1999-03-31"),
        (f"1999{NBSP}1st{NBSP}Quarter", "1999-03-31"),
        (f"1999 1st Quarter{NBSP}End", "1999-03-31"),
        (" 1999 1st Quarter ", "1999-03-31"),
        ("Fourth Quarter 2023", "2023-12-31"),
    ],
}

# transform -> inputs it must reject. A no-break space at either end is not XML whitespace.
INVALID: dict[str, list[str]] = {
    "boolballotbox": [
        "X",
        "",
        "true",
        f"{NBSP}{UNCHECKED}",
        f"{UNCHECKED}{NBSP}",
        UNCHECKED + CHECKED,
        "\u2713",
    ],
    "yesnoballotbox": ["X", "", "Yes", f"{NBSP}{UNCHECKED}", f"{UNCHECKED}{NBSP}"],
    "countrynameen": [
        "Endor",
        "",
        "AFGHANISTAN",
        f"{NBSP}Afghanistan{NBSP}",
        f"Afghanistan{NBSP}",
        "Cocos Keeling Islands",
        "The Democratic Republic Of The Congo",
        "Republic Of Congo",
        "Falkland",
        "Vatican",
        "Korea",
        "Libya Arab Jamahiriya",
        "Palestinian Territory",
        "CA",
    ],
    "stateprovnameen": ["Greenland", "New Yowk", f"{NBSP}New York", f"New York{NBSP}", "ALASKA", "NY", ""],
    "exchnameen": [
        "Bernard Madoff & Sons",
        f"{NBSP}BOX Exchange LLC",
        f"BOX Exchange LLC{NBSP}",
        "London Stock Exchange",
        "New York Stock Exchange Inc.",
        "",
    ],
    "edgarprovcountryen": [
        "Endor",
        f"{NBSP}american samoa",
        f"american samoa{NBSP}",
        "New York",
        "Eswatini",
        "",
    ],
    "entityfilercategoryen": [
        "Nonaccelerated Filer",
        "Smaller Reporting Company",
        "Large Filer",
        "LARGE ACCELERATED FILER",
        f"{NBSP}Accelerated Filer",
        "",
    ],
    "duryear": ["seven", f"{NBSP}7", f"7{NBSP}", "1,5", "7 years", "", "-", "1e3"],
    "durmonth": ["seven", f"{NBSP}7", f"7{NBSP}", "", "."],
    "durweek": ["seven", f"{NBSP}7", f"7{NBSP}", "", "7w"],
    "durday": ["12,345", "seven", f"{NBSP}7.5", f"7.5{NBSP}", ""],
    "durhour": ["seven", f"{NBSP}7", f"7{NBSP}", "", "7h"],
    "numwordsen": [
        "fifty_one",
        "fiftyone",
        "four gazillion",
        "zero hundred",
        "a hundred",
        "123",
        "ONE",
        "one million and five",
        f"{NBSP}one hundred",
        f"one hundred{NBSP}",
        f"{NBSP}zero",
        f"zero{NBSP}",
        "",
        "   ",
    ],
    "durwordsen": [
        "twelve_years",
        "twelveyears",
        "about four days",
        f"{NBSP}seven days",
        f"seven days{NBSP}",
        "four days three years",
        "12345 days",
        "seven weeks",
        "",
    ],
    "datequarterend": [
        "1999, Q5",
        f"{NBSP}1999 1st Quarter",
        f"{NBSP}Q3 1999",
        f"1999 1st Quarter{NBSP}",
        "fifth quarter 2024",
        "quarter 2024",
        "Q1 24",
        "Q1 0000",
        "",
    ],
}

# numinf, numneginf and numnan are defined as "source text is not validated": nothing to reject.
UNVALIDATED = {"numinf", "numneginf", "numnan"}

EXPECTED_NAMES = {
    "boolballotbox",
    "yesnoballotbox",
    "countrynameen",
    "stateprovnameen",
    "exchnameen",
    "edgarprovcountryen",
    "entityfilercategoryen",
    "duryear",
    "durmonth",
    "durweek",
    "durday",
    "durhour",
    "numinf",
    "numneginf",
    "numnan",
    "numwordsen",
    "durwordsen",
    "datequarterend",
}


def test_transforms_has_exactly_the_18_edgar_names() -> None:
    assert set(TRANSFORMS) == EXPECTED_NAMES
    assert len(TRANSFORMS) == 18


def test_every_transform_has_valid_and_invalid_cases() -> None:
    """Guards the tables above: a transform added without tests fails here."""
    assert set(VALID) == EXPECTED_NAMES
    assert set(INVALID) | UNVALIDATED == EXPECTED_NAMES
    assert all(len(cases) >= 3 for cases in VALID.values())


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [(name, text, expected) for name, cases in VALID.items() for text, expected in cases],
)
def test_valid_input(name: str, text: str, expected: str) -> None:
    assert TRANSFORMS[name](text) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [(name, text) for name, texts in INVALID.items() for text in texts],
)
def test_invalid_input_raises_transform_error(name: str, text: str) -> None:
    with pytest.raises(TransformError) as caught:
        TRANSFORMS[name](text)
    assert caught.value.transform == name
    assert f"ixt-sec:{name}" in str(caught.value)


def test_transform_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="ixt-sec:duryear"):
        TRANSFORMS["duryear"]("seven")


def _names_in(table: tables.NameTable) -> list[tuple[str, str]]:
    return [(variant, code) for code, names in table for name in names for variant in ixt_sec._expand(name)]


@pytest.mark.parametrize(
    ("name", "table"),
    [
        ("countrynameen", tables.ISO_COUNTRY_NAMES),
        ("stateprovnameen", tables.STATE_PROVINCE_NAMES),
        ("edgarprovcountryen", tables.EDGAR_PROVINCE_COUNTRY_NAMES),
        ("exchnameen", tables.EXCHANGE_NAMES),
    ],
)
def test_every_table_name_maps_to_its_own_code(name: str, table: tables.NameTable) -> None:
    """Each spelling in a table, in its own and its lower-case-initials form, gives its row's code.

    Also catches a spelling listed under two codes, which would make the result
    depend on table order.
    """
    codes = [code for code, _ in table]
    assert len(codes) == len(set(codes))
    variants = _names_in(table)
    assert len(variants) > len(codes)
    for variant, code in variants:
        assert TRANSFORMS[name](variant) == code, variant
        lowered_initials = " ".join(word[:1].lower() + word[1:] for word in variant.split(" "))
        if not any(word.isupper() and len(word) > 1 for word in variant.replace(".", "").split(" ")):
            assert TRANSFORMS[name](lowered_initials) == code, lowered_initials


def test_table_notation_expands_nested_optional_parts() -> None:
    assert sorted(ixt_sec._expand("{{The }Republic of }Argentina")) == [
        "Argentina",
        "Republic of Argentina",
        "The Republic of Argentina",
    ]
    assert len(list(ixt_sec._expand("U{.}S{.}A{.}"))) == 8


def test_iso_table_covers_the_249_iso_3166_codes() -> None:
    codes = {code for code, _ in tables.ISO_COUNTRY_NAMES}
    assert len(codes) == 249
    assert all(len(code) == 2 and code.isupper() for code in codes)


def test_register_keys_arelle_qnames_in_the_sec_namespace() -> None:
    custom: dict[Any, Callable[[str], str]] = {}
    register(custom)
    assert len(custom) == 18
    for key, function in custom.items():
        assert key.namespaceURI == IXT_SEC_NAMESPACE
        assert key.prefix == "ixt-sec"
        assert function is TRANSFORMS[key.localName]
    # Arelle looks the fact's format QName up by namespace and local name.
    assert custom[qname(IXT_SEC_NAMESPACE, "ixt-sec:boolballotbox")](CROSSED) == "true"


# --------------------------------------------------------------------------- end to end through Arelle

_TEST_NS = "http://example.com/ixtsec-test"

_SCHEMA = f"""\
<?xml version="1.0" encoding="utf-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    targetNamespace="{_TEST_NS}" elementFormDefault="qualified">
  <xs:import namespace="http://www.xbrl.org/2003/instance"
      schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
  <xs:element id="t_AnnualFlag" name="AnnualFlag" type="xbrli:booleanItemType"
      substitutionGroup="xbrli:item" xbrli:periodType="duration" nillable="true"/>
  <xs:element id="t_TransitionFlag" name="TransitionFlag" type="xbrli:booleanItemType"
      substitutionGroup="xbrli:item" xbrli:periodType="duration" nillable="true"/>
</xs:schema>
"""


def _inline_document(annual: str, transition: str) -> str:
    return f"""\
<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"
    xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
    xmlns:ixt-sec="{IXT_SEC_NAMESPACE}"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:t="{_TEST_NS}">
<head><title>ixt-sec end-to-end test</title></head>
<body>
<div style="display:none">
<ix:header>
  <ix:references><link:schemaRef xlink:type="simple" xlink:href="flags.xsd"/></ix:references>
  <ix:resources>
    <xbrli:context id="FY2024">
      <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier></xbrli:entity>
      <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period>
    </xbrli:context>
  </ix:resources>
</ix:header>
</div>
<p>Annual report <ix:nonNumeric name="t:AnnualFlag" contextRef="FY2024"
    format="ixt-sec:boolballotbox">{annual}</ix:nonNumeric></p>
<p>Transition report <ix:nonNumeric name="t:TransitionFlag" contextRef="FY2024"
    format="ixt-sec:boolballotbox">{transition}</ix:nonNumeric></p>
</body>
</html>
"""


_PLUGIN = textwrap.dedent(
    '''\
    """Throwaway Arelle plugin: registers the ixt-sec transforms and nothing else."""


    def load(custom_transforms, *args, **kwargs):
        from arelle_cyd.transforms import register

        register(custom_transforms)


    __pluginInfo__ = {
        "name": "ixtsec-test",
        "version": "0",
        "description": "ixt-sec transforms for arelle-cyd tests",
        "license": "Apache-2.0",
        "ModelManager.LoadCustomTransforms": load,
    }
    '''
)


def _load_with_arelle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, annual: str, transition: str
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Load a two-fact inline document in-process; return (fact values by local name, log entries)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "flags.xsd").write_text(_SCHEMA, encoding="utf-8")
    document = tmp_path / "cover.xhtml"
    document.write_text(_inline_document(annual, transition), encoding="utf-8")
    plugin = tmp_path / "ixtsec_test_plugin.py"
    plugin.write_text(_PLUGIN, encoding="utf-8")

    with arelle_session(str(document), plugins=str(plugin.resolve())) as (models, logs):
        assert len(models) == 1
        values = {fact.qname.localName: fact.value for fact in models[0].facts}
    return values, logs


def _codes(logs: list[dict[str, Any]]) -> list[str]:
    return [str(entry.get("code", "")) for entry in logs]


@pytest.mark.slow
def test_arelle_applies_boolballotbox_through_the_plugin_hook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    values, logs = _load_with_arelle(tmp_path, monkeypatch, annual=CROSSED, transition=UNCHECKED)

    assert values == {"AnnualFlag": "true", "TransitionFlag": "false"}
    assert not [code for code in _codes(logs) if "invalidTransformation" in code], logs
    assert not [entry for entry in logs if entry.get("level") in {"error", "critical"}], logs


@pytest.mark.slow
def test_arelle_reports_a_transform_error_as_an_invalid_fact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A non-ballot-box character reaches Arelle as an error on that fact, not as a crash."""
    values, logs = _load_with_arelle(tmp_path, monkeypatch, annual="X", transition=CHECKED)

    assert values["TransitionFlag"] == "true"
    assert values["AnnualFlag"] != "true"
    errors = [entry for entry in logs if entry.get("level") == "error"]
    assert errors, logs
    assert any("ixt-sec:boolballotbox" in json.dumps(entry) for entry in errors), errors
    assert not [code for code in _codes(logs) if "invalidTransformation" in code], logs
