// name: repeated-findings
// description: Findings that repeat a shortfall found in an earlier review or report, across every ingested report.
MATCH (f:Finding)-[r:REPEATS]->(d)
RETURN f.report_id AS report, f.number AS finding, f.section AS section,
       d.id AS earlier_id, coalesce(d.title, d.text) AS earlier, r.evidence AS evidence
ORDER BY report, f.sort_key, earlier_id
