// name: action-plan
// description: The action plan a CCG returns within 20 working days: each recommendation, who it is addressed to (in the order its heading names them) and who is accountable now, the findings behind it with their text, and the columns a provider fills in (action, lead, due date, status, evidence); -o plan.xlsx gives them a form.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
// param: org = [] (only recommendations addressed to these bodies: a name, alias, abbreviation or id, matched as every --org is; empty for all)
// param: service = [] (only recommendations a finding about these services supports: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (rep:Report)-[:MAKES]->(r:Recommendation)
WHERE ($report = '' OR rep.id = $report)
  AND ('' IN $service OR EXISTS { MATCH (sv:Service)<-[:ABOUT]-(:Finding)-[:SUPPORTS]->(r) WHERE sv.id IN $service })
OPTIONAL MATCH (r)-[:ADDRESSED_TO]->(o:Organisation)
OPTIONAL MATCH (o)-[:SUCCEEDED_BY*0..7]->(p:Organisation)-[s:SUCCEEDED_BY]->(q:Organisation)
WITH rep, r, collect(DISTINCT o.name) AS addressed_to,
     collect(DISTINCT CASE WHEN q IS NULL THEN NULL ELSE p.name + '|' + q.name + '|' + q.name + '|'
             + CASE WHEN s.basis = 'lineage' THEN 'lineage file ' + s.source ELSE 'stated by ' + s.report_id END END) AS successions,
     sum(CASE WHEN o.id IN $org THEN 1 ELSE 0 END) AS to_org
WHERE '' IN $org OR to_org > 0
OPTIONAL MATCH (f:Finding)-[:SUPPORTS]->(r)
WITH rep, r, addressed_to, successions, collect(DISTINCT f.number) AS findings,
     collect(DISTINCT CASE WHEN f IS NULL THEN NULL ELSE f.number + ': ' + f.text END) AS evidence
RETURN rep.id AS report, rep.area AS area, rep.published AS published, rep.review_end AS review_end,
       r.number AS recommendation,
       r.text AS item, r.heading AS heading, addressed_to, successions,
       findings AS supporting_findings, evidence
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, r.sort_key
