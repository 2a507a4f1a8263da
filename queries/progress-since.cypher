// name: progress-since
// description: Findings that report improvement since an earlier review or report (stated by the review).
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
// param: org = [] (only findings about these bodies: a name, alias, abbreviation or id, matched as every --org is; empty for all)
// param: service = [] (only findings about these services: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (rep:Report)-[:HAS_FINDING]->(f:Finding)-[r:PROGRESS_SINCE]->(d)
WHERE ($report = '' OR rep.id = $report)
  AND ('' IN $org OR EXISTS { MATCH (f)-[:ABOUT]->(x:Organisation) WHERE x.id IN $org })
  AND ('' IN $service OR EXISTS { MATCH (f)-[:ABOUT]->(sv:Service) WHERE sv.id IN $service })
RETURN rep.id AS report, rep.published AS published, f.number AS finding, f.section AS section,
       d.id AS earlier_id, coalesce(d.title, d.text) AS earlier, r.evidence AS evidence
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, f.sort_key, earlier_id
