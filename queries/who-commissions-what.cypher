// name: who-commissions-what
// description: Each commissioner, the services it commissions, and the sentence that says so, as of each review (one review with report).
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
// param: org = [] (only these commissioners: a name, alias, abbreviation or id, matched as every --org is; empty for all)
// param: service = [] (only these services: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (o:Organisation)-[c:COMMISSIONS]->(s:Service)
WHERE ($report = '' OR c.report_id = $report) AND ('' IN $org OR o.id IN $org)
  AND ('' IN $service OR s.id IN $service)
MATCH (rep:Report) WHERE rep.id = c.report_id
RETURN rep.id AS report, rep.published AS published, o.name AS commissioner, s.name AS service,
       s.area AS area, c.paragraph AS paragraph, c.evidence AS evidence
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, commissioner, service, paragraph
