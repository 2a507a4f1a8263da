"""Extraction from the sample report, compared with values read off the report by hand."""

from __future__ import annotations

import expected as X
import pytest

R = X.R


def _number(node_id: str) -> str:
    return node_id.split("#", 1)[1].removeprefix("rec-")


def _assert_scores(what: str, found: set, wanted: set) -> None:
    """At least 90% precision and 90% recall against the hand-read list; both printed."""
    hits = len(found & wanted)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(wanted) if wanted else 1.0
    print(f"{what}: precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= 0.9 and recall >= 0.9, (found - wanted, wanted - found)


def test_report_header(records):
    report = next(n for n in records.nodes if n.label == "Report")
    assert report.id == R
    assert report.props["title"] == (
        "Review of Health Services for Children Looked After and Safeguarding in Rutland")
    assert report.props["area"] == "Rutland"
    assert (report.props["review_start"], report.props["review_end"]) == ("2019-07-22", "2019-07-26")
    assert report.props["published"] == "2019-10-04"
    assert report.props["inspectors"] == [
        "Sue Talbot", "Lee Carey", "Louise Holland", "Paula Morgan", "Lea Pickerill"]
    assert report.props["nhs_england_area"] == "Midlands region"
    assert report.props["cqc_region"] == "Central region"


def test_header_organisations_are_included(records):
    included = {(e.target, e.props["role"]) for e in records.edges_of("INCLUDES")}
    assert included == {(X.UHL, "provider"), (X.LPT, "provider"), (X.MPT, "provider"),
                        (X.OAKHAM, "provider"), (X.TP, "provider"), (X.LLR, "ccg")}


def test_every_finding_with_its_section(records):
    findings = {n.props["number"]: n.props["section"] for n in records.nodes if n.label == "Finding"}
    wanted = {number: section for section, numbers in X.SECTIONS.items() for number in numbers}
    assert findings == wanted
    assert len(findings) == 121


def test_finding_text_is_whole_and_without_emphasis(records):
    f = {n.props["number"]: n.props["text"] for n in records.nodes if n.label == "Finding"}
    assert f["2.2"].startswith("Young people aged 16-17 years attending adult ED however")
    assert f["2.2"].endswith("did not have the safeguarding checklist completed. (Recommendation 8.1).")
    assert "*" not in "".join(f.values())
    assert "'Changing Places' toilet" in f["1.2"]


def test_subheadings_are_sections_not_findings(records):
    numbers = {n.props["number"] for n in records.nodes if n.label == "Finding"}
    assert not {"5.1", "5.2", "5.3"} & numbers


def test_boxes_are_kept_where_they_stand(records):
    boxes = {n.props["number"]: n.props["boxes"] for n in records.nodes
             if n.label == "Finding" and n.props["boxes"]}
    assert sorted(boxes) == ["1.15", "2.18", "2.5", "4.11"]
    assert boxes["1.15"][0].startswith("Positive Practice in Rutland's School Nursing Offer: ")
    assert "bridge the gap" in boxes["1.15"][0]
    assert boxes["2.5"][0].startswith("Case example: Z, a boy 13 years old")
    assert "Her foster carer was also actively involved" in boxes["4.11"][0]


def test_polarity_of_clear_cut_findings(records):
    p = {n.props["number"]: n.props["polarity"] for n in records.nodes if n.label == "Finding"}
    for number in ("1.1", "1.14", "2.13", "2.22", "3.11", "4.16", "5.2.9", "5.2.11"):
        assert p[number] == "strength", number
    for number in ("2.5", "2.6", "2.25", "3.16", "4.1", "4.19", "5.3.2"):
        assert p[number] == "concern", number
    assert set(p.values()) <= {"strength", "concern", "mixed", "neutral"}


def test_every_recommendation(records):
    recs = {n.props["number"]: n.props["text"] for n in records.nodes if n.label == "Recommendation"}
    assert sorted(recs, key=lambda s: tuple(map(int, s.split(".")))) == X.RECOMMENDATIONS
    assert recs["5.1"] == ("Ensure MIU staff actively promote and record the voice of children "
                           "and of their relationships and family circumstances.")
    assert recs["9.1"].startswith("Actively promote 'You're Welcome' quality standards")


def test_every_addressee(records):
    found: dict[str, set] = {}
    for e in records.edges_of("ADDRESSED_TO"):
        found.setdefault(_number(e.source).split(".")[0], set()).add(e.target)
    assert found == X.ADDRESSEES
    per_rec = {_number(e.source) for e in records.edges_of("ADDRESSED_TO")}
    assert per_rec == set(X.RECOMMENDATIONS)


def test_every_recommendation_marker_is_a_support(records):
    found = {(_number(e.source), _number(e.target)) for e in records.edges_of("SUPPORTS")}
    assert found == X.SUPPORTS


def test_commissioning_and_provision(records):
    found = {(e.type, e.source, e.target) for e in records.edges
             if e.type in ("COMMISSIONS", "PROVIDES", "ON_BEHALF_OF")}
    _assert_scores("commissioning", found, X.COMMISSIONING)


def test_escalations_to_the_commissioner(records):
    found = {(_number(e.source), e.target) for e in records.edges_of("ESCALATED_TO")}
    _assert_scores("escalations", found, X.ESCALATIONS)
    roles = {e.props["role"] for e in records.edges_of("ESCALATED_TO")}
    assert roles == {"Director of Public Health"}


def test_repeats_and_progress_since_earlier_reviews(records):
    found = {(e.type, _number(e.source), e.target) for e in records.edges
             if e.type in ("REPEATS", "PROGRESS_SINCE")}
    _assert_scores("repeats/progress", found, X.EARLIER)
    review = next(n for n in records.nodes if n.id == X.LEICS)
    assert (review.props["kind"], review.props["year"]) == ("review", "2018")


def test_citations_of_guidance_and_tools(records):
    found = {(_number(e.source), e.target) for e in records.edges_of("CITES")}
    _assert_scores("citations", found, X.CITATIONS)
    ic = next(n for n in records.nodes if n.id == X._IC)
    assert (ic.props["kind"], ic.props["year"]) == ("guidance", "2019")


def test_every_relationship_read_from_text_has_evidence(records):
    for e in records.edges:
        assert e.props["report_id"] == R
        assert e.props.get("paragraph"), e
        assert e.props.get("evidence"), e
    two_two = next(e for e in records.edges_of("REPEATS") if e.source == f"{R}#2.2")
    assert two_two.props["evidence"] == (
        "Shortfalls in safeguarding practice had been previously identified in the Leicestershire "
        "CLAS review which highlighted the need to strengthen identification of the "
        "vulnerabilities of adolescents presenting within the adult emergency care environment.")


def test_organisations_resolve_to_one_node_with_aliases(records):
    orgs = {n.id: n.props for n in records.nodes if n.label == "Organisation"}
    assert {"UHL", "University Hospitals of Leicester"} <= set(orgs[X.UHL]["aliases"])
    assert orgs[X.UHL]["name"] == "University Hospitals of Leicester NHS Trust"
    assert {"LPT", "Leicestershire Partnership Trust"} <= set(orgs[X.LPT]["aliases"])
    assert "MPT" in orgs[X.MPT]["aliases"]
    assert {"LLR CCGs", "Leicester City, Leicestershire and Rutland CCGs"} <= set(orgs[X.LLR]["aliases"])
    kinds = {i: o["kind"] for i, o in orgs.items()}
    assert kinds[X.LLR] == "ccg-group" and kinds[X.CITY] == "ccg" and kinds[X.ELR] == "ccg"
    assert kinds[X.OAKHAM] == "gp-practice" and kinds[X.TP] == "charity"
    assert kinds[X.LCCPH] == "public-health" and kinds[X.NHSE] == "nhs-england"
    # No stray organisations made of fragments of lists.
    assert not [i for i in orgs if "together" in i or i in ("leicestershire", "rutland")]


def test_ccgs_are_part_of_their_group(records):
    found = {(e.source, e.target) for e in records.edges_of("PART_OF")}
    assert {(X.CITY, X.LLR), (X.ELR, X.LLR)} <= found


def test_findings_concern_the_organisations_they_name(records):
    concerns = {(_number(e.source), e.target) for e in records.edges_of("ABOUT")}
    assert ("2.2", X.UHL) in concerns  # "In response, UHL had introduced a checklist"
    assert ("3.16", X.LPT) in concerns  # "LPT's adult mental health electronic case management"
    assert ("2.23", X.TP) in concerns
    assert ("1.13", "rutland:health-visiting") in concerns


@pytest.mark.parametrize("number,service", [("1.13", "health visiting services"),
                                            ("5.3.8", "substance misuse services")])
def test_escalation_keeps_the_service_it_names(records, number, service):
    e = next(e for e in records.edges_of("ESCALATED_TO") if e.source == f"{R}#{number}")
    assert e.props["service"] == service
