// name: reports
// description: The ingested reports with their area, dates and counts of findings and recommendations.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review)
MATCH (rep:Report)
WHERE $report = '' OR rep.id = $report
OPTIONAL MATCH (rep)-[:HAS_FINDING]->(f:Finding)
WITH rep, count(DISTINCT f) AS findings
OPTIONAL MATCH (rep)-[:MAKES]->(r:Recommendation)
RETURN rep.id AS report, rep.area AS area, rep.review_start AS review_start,
       rep.review_end AS review_end, rep.published AS published, findings,
       count(DISTINCT r) AS recommendations
ORDER BY published, report
