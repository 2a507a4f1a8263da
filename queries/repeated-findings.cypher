// name: repeated-findings
// description: Findings that repeat an earlier review or report, each with its basis, stated first: stated (the review says the shortfall was found before: REPEATS read from the text, to the document it cites, with the earlier finding it matches once that review is ingested), restated (inferred: a concern says again what an earlier concern of the same body said, similarity at least 0.18) or similar (inferred: wording like an earlier report's finding, similarity at least 0.5). One row per pair; concerns only unless all_findings is true; the same rows as `clasgraph repeats`.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
// param: all_findings = false (true to include strengths and neutral findings)
// param: org = [] (only findings about these bodies: a name, alias, abbreviation or id, matched as every --org is; empty for all)
// param: service = [] (only findings about these services: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (rep:Report)-[:HAS_FINDING]->(f:Finding)-[r:REPEATS|SIMILAR_TO]->(e)
WHERE ($report = '' OR rep.id = $report)
  AND ($all_findings OR f.polarity IN ['concern', 'mixed'])
  AND ('' IN $org OR EXISTS { MATCH (f)-[:ABOUT]->(x:Organisation) WHERE x.id IN $org })
  AND ('' IN $service OR EXISTS { MATCH (f)-[:ABOUT]->(sv:Service) WHERE sv.id IN $service })
OPTIONAL MATCH (e)-[:SAME_AS]->(same:Report)
OPTIONAL MATCH (er:Report) WHERE er.id = e.report_id
RETURN rep.id AS report, rep.published AS published, f.id AS finding_id, f.number AS finding,
       f.polarity AS polarity, f.text AS text, type(r) AS link, coalesce(r.basis, '') AS link_basis,
       r.score AS score, r.evidence AS evidence, r.paragraph AS paragraph, e.id AS earlier_id,
       coalesce(e.number, '') AS earlier_finding, coalesce(e.text, '') AS earlier_text,
       coalesce(e.title, '') AS cited, coalesce(er.id, same.id, e.published, '') AS earlier_report,
       coalesce(er.published, same.published, e.date, e.year, '') AS earlier_published
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, finding, earlier_id
