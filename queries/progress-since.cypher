// name: progress-since
// description: Findings that report improvement since an earlier review or report.
MATCH (f:Finding)-[r:PROGRESS_SINCE]->(d)
RETURN f.report_id AS report, f.number AS finding, f.section AS section,
       d.id AS earlier_id, coalesce(d.title, d.text) AS earlier, r.evidence AS evidence
ORDER BY report, f.sort_key, earlier_id
