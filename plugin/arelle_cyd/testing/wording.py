"""Realistic wording for synthetic cybersecurity disclosures.

Paraphrases of the language found in Form 10-K Item 1C, Form 20-F Item 16K and
Form 8-K Item 1.05 disclosures, keyed by catalogue alias (``ProcTB``, ``IntegF``),
never by concept name. Every string is an XHTML fragment: ``&`` and quotes are
written as character references (``&amp;``, ``&#8217;``), as filer software writes
them, so a fragment can be placed verbatim inside inline XBRL. Placeholders in
braces (``{officer}``) are filled from a ``Voice`` so that one filing speaks of one
officer, one committee and one framework throughout.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Final


@dataclass(frozen=True, slots=True)
class Voice:
    """The particulars one filing's text refers to (all XHTML-escaped)."""

    company: str  # how the text names the registrant: "the Company", "Harbor &amp; Pine"
    officer: str  # "Chief Information Security Officer"
    officer_short: str  # "CISO"
    committee: str  # "Audit Committee"
    framework: str  # "NIST Cybersecurity Framework"
    years: str  # "over 20"
    credential: str  # "Certified Information Systems Security Professional (CISSP)"
    cadence: str  # "quarterly"
    threat: str  # "a ransomware attack"
    systems: str  # "order-processing and warehouse-management systems"
    detected: str  # "December 18, 2024"
    contained: str  # "December 22, 2024"

    def fill(self, template: str) -> str:
        return template.format_map({f.name: getattr(self, f.name) for f in fields(self)})


# Registrants: names with ampersands, accents and abbreviations, as on real cover pages.
REGISTRANTS: Final = (
    "Harbor &amp; Pine Holdings, Inc.",
    "Northwind Logistics Corporation",
    "Bluefield Semiconductor Ltd.",
    "Crescent Ridge Bancorp, Inc.",
    "Société Générale de Matériaux S.A.",
    "Kōyō Precision Industries Co., Ltd.",
    "Meridian Health &amp; Wellness Trust",
    "Atlas Renewable Power plc",
    "O&#8217;Brien Foods Group, Inc.",
    "Quantum Leap Therapeutics, Inc.",
)
OFFICERS: Final = (
    ("Chief Information Security Officer", "CISO"),
    ("Chief Information Officer", "CIO"),
    ("Vice President, Information Security", "VP of Information Security"),
    ("Chief Technology and Security Officer", "CTSO"),
)
COMMITTEES: Final = (
    "Audit Committee",
    "Audit and Risk Committee",
    "Technology and Cybersecurity Committee",
    "Risk Oversight Committee",
    "Nominating and Corporate Governance Committee",
)
FRAMEWORKS: Final = (
    "National Institute of Standards and Technology (&#8220;NIST&#8221;) Cybersecurity Framework",
    "NIST Cybersecurity Framework 2.0",
    "ISO/IEC 27001 standard",
    "Center for Internet Security (CIS) Critical Security Controls",
)
EXPERIENCE: Final = ("over 20", "more than 15", "approximately 25", "nearly 30")
CREDENTIALS: Final = (
    "Certified Information Systems Security Professional (CISSP)",
    "Certified Information Security Manager (CISM)",
    "Certified Chief Information Security Officer (C|CISO)",
)
CADENCES: Final = ("quarterly", "at least twice a year", "at each regularly scheduled meeting")
THREATS: Final = (
    "a ransomware attack",
    "unauthorized access to certain of our information technology systems",
    "a business email compromise",
    "the exploitation of a vulnerability in third-party file-transfer software",
)
SYSTEMS: Final = (
    "order-processing and warehouse-management systems",
    "certain corporate email accounts",
    "customer-facing payment portals",
    "manufacturing execution systems at two of our plants",
)

HEADINGS: Final[dict[str, str]] = {
    "ProcTB": "Risk Management and Strategy",
    "BoardTB": "Governance",
    "MgmtRoleTB": "Management&#8217;s Role",
    "MatAffTB": "Material Effects of Cybersecurity Threats",
    "IncNatureTB": "Item 1.05 Material Cybersecurity Incidents",
}

PARAGRAPHS: Final[dict[str, tuple[str, ...]]] = {
    "ProcTB": (
        "We have implemented and maintain processes designed to assess, identify and manage material "
        "risks from cybersecurity threats to our information systems and the data that resides on them.",
        "Our cybersecurity program is informed by the {framework}; this does not imply that we meet any "
        "particular technical standard, specification or requirement, only that we use it as a guide.",
        "Key elements of our program include risk assessments, vulnerability scanning, penetration "
        "testing, employee awareness training and an incident response plan that we test through "
        "tabletop exercises {cadence}.",
        "Our {officer_short} leads a dedicated security team that monitors our environment "
        "24&#160;hours a day and escalates events according to documented severity criteria.",
    ),
    "IntegTB": (
        "Cybersecurity risk is one of the principal risk categories of our enterprise risk management "
        "(&#8220;ERM&#8221;) program, and the results of our cybersecurity risk assessments are "
        "reported through the same channels as other enterprise risks.",
        "Our ERM committee reviews the cybersecurity risk register {cadence} and weighs it against "
        "operational, financial and legal risks when setting priorities.",
    ),
    "MatAffTB": (
        "As of the date of this report, we are not aware of any risks from cybersecurity threats, "
        "including as a result of any previous cybersecurity incidents, that have materially affected "
        "or are reasonably likely to materially affect us, including our business strategy, results of "
        "operations or financial condition.",
        "We, like other companies in our industry, face a number of cybersecurity risks in connection "
        "with our business; see &#8220;Risk Factors&#8221; for a discussion of how such risks could "
        "affect us.",
    ),
    # MatAffTB when the flag says "yes": the text explains how the company was affected.
    "MatAffTB.affected": (
        "During the fiscal year we experienced {threat} that disrupted {systems} for several days; the "
        "costs of remediation and the lost revenue were material to our results for the fourth quarter.",
        "As a result, we accelerated investments in network segmentation and endpoint detection, which "
        "increased our operating expenses and delayed two planned product launches.",
    ),
    "BoardTB": (
        "Our Board of Directors considers cybersecurity risk part of its risk oversight function and "
        "has delegated oversight of cybersecurity and other information technology risks to the "
        "{committee}.",
        "The full Board receives an annual briefing on our cybersecurity program from the {officer} "
        "and discusses emerging threats with outside experts from time to time.",
    ),
    "BoardCommTB": (
        "The {committee} oversees management&#8217;s implementation of our cybersecurity risk "
        "management program and reviews our incident response readiness.",
        "Members of the {committee} have experience in technology, risk management and audit, and the "
        "committee may engage independent advisors at its discretion.",
    ),
    "BoardInformTB": (
        "The {committee} receives {cadence} reports from management on our cybersecurity risks, "
        "including the results of assessments, key metrics and any significant incidents.",
        "Management promptly informs the chair of the {committee} of any cybersecurity incident that "
        "meets defined escalation thresholds, and provides updates until it is resolved.",
    ),
    "MgmtRoleTB": (
        "Management is responsible for assessing and managing our material risks from cybersecurity "
        "threats on a day-to-day basis.",
        "A cross-functional cybersecurity steering group, which includes representatives of legal, "
        "finance, internal audit and operations, meets monthly to review the program.",
    ),
    "PosTB": (
        "Our {officer} is responsible for assessing and managing our material risks from "
        "cybersecurity threats and reports to our Chief Executive Officer.",
        "The {officer} is supported by a team of security engineers, analysts and incident responders, "
        "as well as by third-party managed security service providers.",
    ),
    "ExpertTB": (
        "Our {officer} has {years} years of experience in information security, including leadership "
        "roles at public companies, and holds the {credential} certification.",
        "Before joining us, our {officer_short} led the security operations of a global financial "
        "services firm and served in the cyber command of the U.S. Army Reserve.",
    ),
    "MgmtInformTB": (
        "The {officer} is informed about and monitors the prevention, detection, mitigation and "
        "remediation of cybersecurity incidents through our security operations center, threat "
        "intelligence feeds and the incident response plan.",
        "Incidents are triaged by severity; those rated high or critical are escalated to the "
        "{officer_short} and to the incident response committee within hours of detection.",
    ),
    "IncNatureTB": (
        "On {detected}, {company} detected {threat} affecting {systems}.",
        "Upon detection, we activated our incident response plan, engaged leading external "
        "cybersecurity experts and notified law enforcement.",
    ),
    "IncScopeTB": (
        "The threat actor accessed {systems} and exfiltrated certain files, some of which contain "
        "personal information of employees and customers.",
        "Our investigation to date indicates that the activity was confined to our corporate network; "
        "our production environments were not accessed.",
    ),
    "IncTimingTB": (
        "The unauthorized activity began no later than {detected} and was contained on {contained}.",
        "We restored the affected systems from backups between {contained} and the date of this report.",
    ),
    "IncImpactTB": (
        "The incident disrupted our operations for several days and is reasonably likely to have a "
        "material impact on our results of operations for the current quarter.",
        "We expect to incur costs for forensic investigation, legal advice, notification of affected "
        "individuals and system restoration, partly offset by our cybersecurity insurance.",
    ),
    "IncNotAvailTB": (
        "As of the date of this report, we have not determined the full scope of the data affected or "
        "the incident&#8217;s impact on our financial condition; we will file an amendment to this "
        "report within four business days after this information is determined or becomes available.",
    ),
}

# Sentences that a yes/no flag wraps: one list for "true", one for "false".
FLAG_SENTENCES: Final[dict[str, dict[bool, tuple[str, ...]]]] = {
    "IntegF": {
        True: (
            "Our cybersecurity risk management processes are integrated into our overall enterprise "
            "risk management system and processes.",
            "Cybersecurity risk management is an integral part of our enterprise risk management program.",
        ),
        False: (
            "Our cybersecurity risk management processes are currently managed separately from our "
            "enterprise risk management program.",
        ),
    },
    "ThirdPartyEngF": {
        True: (
            "We engage assessors, consultants, auditors and other third parties to evaluate and test "
            "our cybersecurity program.",
            "We retain an independent firm each year to perform penetration testing and to assess the "
            "maturity of our program.",
        ),
        False: (
            "We do not currently engage third-party assessors or consultants in connection with these processes.",
        ),
    },
    "ThirdPartyOversF": {
        True: (
            "We have processes to oversee and identify risks from cybersecurity threats associated with "
            "our use of third-party service providers, including security questionnaires and contract "
            "requirements.",
        ),
        False: (
            "We have not adopted specific processes to identify risks associated with our third-party service providers.",
        ),
    },
    "MatAffF": {
        True: (
            "Risks from cybersecurity threats, including as a result of a previous incident, have "
            "materially affected our business strategy, results of operations and financial condition.",
        ),
        False: (
            "We have not identified risks from cybersecurity threats, including as a result of any "
            "previous cybersecurity incidents, that have materially affected or are reasonably likely "
            "to materially affect us.",
            "To date, no cybersecurity incident or threat has materially affected us, including our "
            "business strategy, results of operations or financial condition.",
        ),
    },
    "PosF": {
        True: (
            "Our {officer} and our cybersecurity steering group are responsible for assessing and "
            "managing our material risks from cybersecurity threats.",
        ),
        False: (
            "We have not designated a specific management position or committee with responsibility for cybersecurity risk.",
        ),
    },
    "ReportBoardF": {
        True: (
            "The {officer} reports on cybersecurity matters to the {committee} {cadence}.",
            "Our {officer_short} provides {cadence} reports to the {committee} on threats, incidents "
            "and the progress of the program.",
        ),
        False: ("Our {officer_short} does not report directly to the Board or any of its committees.",),
    },
}

# Bullet lists a text block may carry after its paragraphs.
LISTS: Final[dict[str, tuple[str, ...]]] = {
    "ProcTB": (
        "an asset inventory and risk assessments of our critical systems;",
        "a security operations center that monitors for threats around the clock;",
        "mandatory security awareness training for all employees, including phishing simulations;",
        "vulnerability management and patching standards with defined timeframes;",
        "an incident response plan with playbooks for ransomware and data exfiltration.",
    ),
    "MgmtInformTB": (
        "daily briefings from the security operations center;",
        "threat intelligence from government and industry sources;",
        "post-incident reviews after every high-severity event.",
    ),
    "IncScopeTB": (
        "names and contact details of approximately 12,000 customers;",
        "internal financial planning documents;",
        "employee human-resources records.",
    ),
}

# Small tables: (caption, header, rows).
TABLES: Final[dict[str, tuple[str, tuple[str, str], tuple[tuple[str, str], ...]]]] = {
    "BoardInformTB": (
        "Cybersecurity reporting to the Board",
        ("Forum", "Frequency"),
        (("{committee}", "{cadence}"), ("Full Board", "Annually"), ("Committee chair", "As incidents arise")),
    ),
    "ProcTB": (
        "Program metrics",
        ("Measure", "2024"),
        (
            ("Employees trained", "98&#160;%"),
            ("Phishing click rate", "2.1&#160;%"),
            ("Critical patches within SLA", "96&#160;%"),
        ),
    ),
    "IncTimingTB": (
        "Incident timeline",
        ("Date", "Event"),
        (("{detected}", "Suspicious activity detected"), ("{contained}", "Threat actor contained")),
    ),
}
