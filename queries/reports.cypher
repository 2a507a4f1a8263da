// name: reports
// description: The ingested reports with their area, dates and counts of findings and recommendations.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review)
MATCH (rep:Report)
WHERE $report = '' OR rep.id = $report
OPTIONAL MATCH (rep)-[:HAS_FINDING]->(f:Finding)
WITH rep, count(DISTINCT f) AS findings
OPTIONAL MATCH (rep)-[:MAKES]->(r:Recommendation)
WITH rep, findings, count(DISTINCT r) AS counted
RETURN rep.id AS report, rep.area AS area, rep.review_start AS review_start,
       rep.review_end AS review_end, rep.published AS published, findings,
       counted AS recommendations
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report
