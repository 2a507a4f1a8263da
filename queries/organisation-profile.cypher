// name: organisation-profile
// description: Everything about one organisation: what it commissions and provides, recommendations addressed to it, findings about it, escalations, groups it belongs to; each row with the review that states it.
// param: org (organisation: a name, alias, abbreviation or id, matched as every --org is)
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review)
MATCH (o:Organisation)-[r]->(x)
WHERE o.id IN $org AND ($report = '' OR r.report_id = $report)
OPTIONAL MATCH (rep:Report) WHERE rep.id = r.report_id
RETURN r.report_id AS report, rep.published AS published, o.name AS organisation,
       'out' AS direction, type(r) AS relationship,
       x.id AS other_id, coalesce(x.name, x.title, x.text) AS other,
       r.paragraph AS paragraph, r.evidence AS evidence,
       CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END AS review_date
// each part's rows in order of their review's date, published or else reviewed (schema.REVIEW_DATE);
// queries/finish.py puts the 'out' part first and orders both parts again by the same keys, whatever
// order the engine returns a UNION's parts and rows in, then leaves review_date out
ORDER BY review_date, report, relationship, other, paragraph, other_id, evidence
UNION ALL
MATCH (o:Organisation)<-[r]-(x)
WHERE o.id IN $org AND ($report = '' OR r.report_id = $report)
OPTIONAL MATCH (rep:Report) WHERE rep.id = r.report_id
RETURN r.report_id AS report, rep.published AS published, o.name AS organisation,
       'in' AS direction, type(r) AS relationship,
       x.id AS other_id, coalesce(x.name, x.title, x.text) AS other,
       r.paragraph AS paragraph, r.evidence AS evidence,
       CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END AS review_date
// each part's rows in order of their review's date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY review_date, report, relationship, other, paragraph, other_id, evidence
