// name: repeated-findings
// description: Findings that repeat an earlier review or report: stated by the report (REPEATS, to a document whether ingested or not, or to the earlier finding it matches) restated without citing (REPEATS with basis 'restated': a concern saying again what an earlier concern of the same body said), or saying what an earlier report's finding said (SIMILAR_TO). Concerns only unless all_findings is true; the same rows as `clasgraph repeats`.
// param: report = "" (report id; empty for every report)
// param: all_findings = false (true to include strengths and neutral findings)
MATCH (f:Finding)-[r:REPEATS|SIMILAR_TO]->(e)
WHERE ($report = '' OR f.report_id = $report)
  AND ($all_findings OR f.polarity IN ['concern', 'mixed'])
RETURN f.report_id AS report, f.number AS finding, f.polarity AS polarity, f.text AS text,
       e.id AS earlier_id,
       CASE WHEN e.number IS NOT NULL THEN e.report_id
            WHEN e.published IS NOT NULL THEN e.id ELSE '' END AS earlier_report,
       coalesce(e.number, '') AS earlier_finding,
       CASE WHEN e.number IS NOT NULL THEN e.report_id + ' ' + e.number
            ELSE coalesce(e.title, e.id) END AS earlier,
       coalesce(e.text, '') AS earlier_text,
       CASE WHEN e.number IS NULL THEN 'stated'
            WHEN r.basis = 'restated' THEN 'restated'
            WHEN r.basis = 'cited' THEN 'cited' ELSE 'similar' END AS how,
       r.score AS score, r.evidence AS evidence
ORDER BY report, f.sort_key, earlier_id
