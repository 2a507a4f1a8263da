// name: progress-since
// description: Findings that report improvement since an earlier review or report (stated by the review).
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
MATCH (rep:Report)-[:HAS_FINDING]->(f:Finding)-[r:PROGRESS_SINCE]->(d)
WHERE $report = '' OR rep.id = $report
RETURN rep.id AS report, rep.published AS published, f.number AS finding, f.section AS section,
       d.id AS earlier_id, coalesce(d.title, d.text) AS earlier, r.evidence AS evidence
ORDER BY published, report, f.sort_key, earlier_id
