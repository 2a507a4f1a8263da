// name: recommendation-count-by-organisation
// description: How many recommendations each organisation is accountable for in each review, most first.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, a row for each)
// param: org = [] (only these bodies: a name, alias, abbreviation or id; empty for all)
// param: service = [] (only recommendations a finding about these services supports: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (rep:Report)-[:MAKES]->(r:Recommendation)-[:ADDRESSED_TO]->(o:Organisation)
WHERE ($report = '' OR rep.id = $report) AND ('' IN $org OR o.id IN $org)
  AND ('' IN $service OR EXISTS { MATCH (sv:Service)<-[:ABOUT]-(:Finding)-[:SUPPORTS]->(r) WHERE sv.id IN $service })
WITH rep, o, count(DISTINCT r) AS counted
RETURN rep.id AS report, rep.published AS published, o.name AS organisation, o.kind AS kind,
       counted AS recommendations
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, recommendations DESC, organisation
