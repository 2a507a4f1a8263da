// name: commissioning-chain
// description: Commissioner -> service <- provider, each chain stated by one review (both links read from the same report), for every service with both.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
// param: org = [] (only chains with these bodies as commissioner or provider: a name, alias, abbreviation or id; empty for all)
// param: service = [] (only these services: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (c:Organisation)-[cr:COMMISSIONS]->(s:Service)<-[pr:PROVIDES]-(p:Organisation)
WHERE cr.report_id = pr.report_id AND ($report = '' OR cr.report_id = $report)
  AND ('' IN $org OR c.id IN $org OR p.id IN $org)
  AND ('' IN $service OR s.id IN $service)
MATCH (rep:Report) WHERE rep.id = cr.report_id
WITH DISTINCT rep, c, s, p
RETURN rep.id AS report, rep.published AS published, c.name AS commissioner,
       s.name AS service, p.name AS provider, s.area AS area
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, service, commissioner, provider
