// name: service-accountability
// description: For a service, as of each review that names it (one review with report): who commissions it, who provides it, the findings about it and the recommendations they support, each as that review states them.
// param: service (a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is)
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, a row each)
MATCH (s:Service)
WHERE s.id IN $service
MATCH (rep:Report)
WHERE $report = '' OR rep.id = $report
OPTIONAL MATCH (c:Organisation)-[cr:COMMISSIONS]->(s) WHERE cr.report_id = rep.id
WITH s, rep, collect(DISTINCT c.name) AS commissioners
OPTIONAL MATCH (p:Organisation)-[pr:PROVIDES]->(s) WHERE pr.report_id = rep.id
WITH s, rep, commissioners, collect(DISTINCT p.name) AS providers
OPTIONAL MATCH (f:Finding)-[:ABOUT]->(s) WHERE f.report_id = rep.id
OPTIONAL MATCH (f)-[:SUPPORTS]->(r:Recommendation)
WITH s, rep, commissioners, providers, collect(DISTINCT f.number) AS findings,
     collect(DISTINCT r.number) AS recommendations
WHERE size(commissioners) > 0 OR size(providers) > 0 OR size(findings) > 0
RETURN rep.id AS report, rep.published AS published, s.name AS service, s.area AS area,
       commissioners, providers, findings, recommendations
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY service, area, CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report
