"""Expected values read off the sample report (examples/rutland-clas-2019.txt) by hand.

Each list below was written from the report's text, paragraph by paragraph, not from
clasgraph's output; tests compare the extraction against it.
"""

R = "rutland-2019-10-04"

SECTIONS = {
    "Early help": [f"1.{i}" for i in range(1, 20)],
    "Children in need": [f"2.{i}" for i in range(1, 29)],
    "Child protection": [f"3.{i}" for i in range(1, 19)],
    "Looked after children": [f"4.{i}" for i in range(1, 20)],
    "Leadership and management": [f"5.1.{i}" for i in range(1, 17)],
    "Governance": [f"5.2.{i}" for i in range(1, 13)],
    "Training and supervision": [f"5.3.{i}" for i in range(1, 10)],
}

RECOMMENDATIONS = (
    ["1.1", "1.2", "2.1"] + [f"3.{i}" for i in range(1, 6)] + ["4.1", "5.1", "5.2", "5.3", "6.1"]
    + [f"7.{i}" for i in range(1, 14)] + [f"8.{i}" for i in range(1, 6)]
    + [f"9.{i}" for i in range(1, 6)] + ["10.1", "10.2"]
)

UHL = "university-hospitals-of-leicester-trust"
LPT = "leicestershire-partnership-trust"
MPT = "midlands-partnership-trust"
LLR = "leicester-leicestershire-and-rutland-ccgs"
ELR = "east-leicestershire-and-rutland-ccg"
CITY = "leicester-city-ccg"
OAKHAM = "oakham-medical-practice"
TP = "turning-point"
RCC = "rutland-county-council"
NHSE = "nhs-england"
LCCPH = "leicestershire-county-council-public-health"
KGH = "kettering-general-hospital"
NWA = "north-west-anglia-trust"

ADDRESSEES = {
    "1": {NHSE, LLR, LPT},
    "2": {LLR, LPT},
    "3": {LLR, LPT, RCC},
    "4": {LLR, LPT},
    "5": {ELR, OAKHAM},
    "6": {UHL, LPT},
    "7": {LPT},
    "8": {UHL},
    "9": {MPT},
    "10": {TP},
}

# (finding, recommendation) from every "(Recommendation N)" marker.
SUPPORTS = {
    ("1.5", "6.1"), ("1.6", "7.1"), ("1.18", "9.1"), ("2.2", "8.1"), ("2.3", "8.2"),
    ("2.5", "5.1"), ("2.6", "8.3"), ("2.12", "2.1"), ("2.17", "7.2"), ("2.18", "7.3"),
    ("2.21", "9.2"), ("2.23", "10.1"), ("2.25", "7.4"), ("3.2", "5.2"), ("3.9", "7.5"),
    ("3.12", "9.4"), ("3.16", "7.4"), ("3.17", "7.6"), ("4.3", "3.1"), ("4.4", "3.2"),
    ("4.5", "3.2"), ("4.6", "3.3"), ("4.7", "7.7"), ("4.9", "7.8"), ("4.10", "3.4"),
    ("4.12", "3.5"), ("4.13", "4.1"), ("4.19", "7.9"), ("5.1.3", "7.4"), ("5.1.6", "2.1"),
    ("5.1.7", "9.4"), ("5.1.11", "1.1"), ("5.1.12", "1.2"), ("5.1.14", "8.4"),
    ("5.1.16", "7.10"), ("5.2.4", "3.2"), ("5.2.8", "7.11"), ("5.2.10", "7.6"),
    ("5.2.12", "9.5"), ("5.3.2", "5.3"), ("5.3.4", "8.5"), ("5.3.5", "7.12"),
    ("5.3.7", "7.13"), ("5.3.8", "10.2"), ("5.3.9", "9.3"),
}

S = "rutland:"
# Context of the review, paragraphs 4 to 11, and finding 1.18.
COMMISSIONING = {
    ("COMMISSIONS", CITY, S + "childrens-health"),
    ("COMMISSIONS", CITY, S + "looked-after-childrens-health"),
    ("COMMISSIONS", LCCPH, S + "health-visiting"),
    ("COMMISSIONS", LCCPH, S + "school-nursing"),
    ("COMMISSIONS", LCCPH, S + "sexual-health"),
    ("COMMISSIONS", LCCPH, S + "substance-misuse"),
    ("PROVIDES", LPT, S + "looked-after-childrens-health"),
    ("PROVIDES", LPT, S + "health-visiting"),
    ("PROVIDES", LPT, S + "school-nursing"),
    ("PROVIDES", LPT, S + "camhs"),
    ("PROVIDES", LPT, S + "adult-mental-health"),
    ("PROVIDES", LPT, S + "designated-professionals"),  # "designated doctor ... provided by LPT"
    ("PROVIDES", UHL, S + "acute-hospital"),
    ("PROVIDES", UHL, S + "maternity"),
    ("PROVIDES", KGH, S + "acute-hospital"),
    ("PROVIDES", KGH, S + "maternity"),
    ("PROVIDES", NWA, S + "acute-hospital"),
    ("PROVIDES", NWA, S + "maternity"),
    ("PROVIDES", OAKHAM, S + "minor-injuries-unit"),
    ("PROVIDES", MPT, S + "sexual-health"),
    ("PROVIDES", TP, S + "substance-misuse"),
    ("ON_BEHALF_OF", CITY, LLR),
}

# "brought to the attention of the Director of Public Health as commissioner of ..."
ESCALATIONS = {
    (n, LCCPH) for n in ("1.5", "1.6", "1.13", "1.18", "2.12", "2.21", "2.23", "3.9", "3.12",
                         "5.1.7", "5.1.16", "5.2.12", "5.3.8", "5.3.9")
}

LEICS = "clas-review-leicestershire-2018"
EARLIER = {
    ("REPEATS", "1.5", LEICS), ("REPEATS", "2.2", LEICS), ("REPEATS", "2.3", LEICS),
    ("REPEATS", "2.25", LEICS), ("REPEATS", "3.4", LEICS), ("REPEATS", "5.1.11", LEICS),
    ("REPEATS", "5.1.12", LEICS),
    ("REPEATS", "3.17", "rutlands-annual-children-protection-report-2017-18"),
    ("PROGRESS_SINCE", "4.15", LEICS), ("PROGRESS_SINCE", "5.1.13", LEICS),
    ("PROGRESS_SINCE", "5.2.5", LEICS), ("PROGRESS_SINCE", "5.3.3", LEICS),
}

_IC = "doc-safeguarding-children-and-young-people-roles-and-competencies-for-health-care-staff"
_SOS, _TF, _STS = "doc-signs-of-safety", "doc-think-family", "doc-spotting-the-signs"
_SAT = "doc-ccg-safeguarding-assurance-tool"
CITATIONS = {
    ("1.18", "doc-youre-welcome"),
    ("2.11", "doc-dash-risk-assessment-domestic-abuse-stalking-and-harassment-and-honour-based-violence"),
    ("2.20", _STS), ("2.22", _TF), ("2.25", _TF), ("3.6", _SOS), ("3.16", _TF),
    ("4.1", "doc-promoting-the-health-and-wellbeing-of-looked-after-children"),
    ("4.14", _SAT), ("5.1.1", _SOS), ("5.1.2", _SOS), ("5.1.2", _STS), ("5.1.3", _TF),
    ("5.1.8", "doc-united-nations-convention-on-the-rights-of-the-child"),
    ("5.1.11", _IC), ("5.1.16", "doc-healthy-child-programme"), ("5.2.1", _SAT),
    ("5.2.3", "doc-quality-markers"), ("5.2.10", _TF), ("5.3.2", _IC), ("5.3.5", _IC),
    ("5.3.6", _SOS), ("5.3.8", _IC), ("5.3.9", _IC),
}

# Every numbered finding, in report order (121: the ranges above, read section by section).
FINDINGS = [number for numbers in SECTIONS.values() for number in numbers]

# The organisations the header names ("Provider services included", "CCGs included"), spelled
# as the header spells them.
HEADER_NAMES = {
    UHL: "University Hospitals of Leicester NHS Trust",
    LPT: "Leicestershire Partnership NHS Trust",
    MPT: "Midlands Partnership NHS Foundation Trust",
    OAKHAM: "Oakham Medical Practice",
    TP: "Turning Point",
    LLR: "NHS Leicester, Leicestershire and Rutland Clinical Commissioning Groups",
}


def addressed_to(organisation: str) -> list[str]:
    """The recommendations whose group header names the organisation (from ADDRESSEES)."""
    return [r for r in RECOMMENDATIONS if organisation in ADDRESSEES[r.split(".")[0]]]


# What the lists above name: every one is a node of the sample's graph.
ORGANISATIONS = (set(HEADER_NAMES) | set().union(*ADDRESSEES.values())
                 | {x for rel in COMMISSIONING for x in rel[1:] if not x.startswith(S)}
                 | {org for _, org in ESCALATIONS})
SERVICES = {service for _, _, service in COMMISSIONING if service.startswith(S)}
DOCUMENTS = {doc for _, _, doc in EARLIER} | {doc for _, doc in CITATIONS}
