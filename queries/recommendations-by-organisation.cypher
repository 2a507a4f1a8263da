// name: recommendations-by-organisation
// description: Recommendations addressed to each organisation, with the findings that support each, as of each review.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
// param: org = [] (only these bodies: a name, alias, abbreviation or id, matched as every --org is; empty for all)
// param: service = [] (only recommendations a finding about these services supports: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (rep:Report)-[:MAKES]->(r:Recommendation)-[:ADDRESSED_TO]->(o:Organisation)
WHERE ($report = '' OR rep.id = $report) AND ('' IN $org OR o.id IN $org)
  AND ('' IN $service OR EXISTS { MATCH (sv:Service)<-[:ABOUT]-(:Finding)-[:SUPPORTS]->(r) WHERE sv.id IN $service })
OPTIONAL MATCH (f:Finding)-[:SUPPORTS]->(r)
WITH rep, o, r, collect(DISTINCT f.number) AS supporting_findings
RETURN rep.id AS report, rep.published AS published, o.name AS organisation,
       r.number AS recommendation, r.text AS text, supporting_findings
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY organisation, CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, r.sort_key
