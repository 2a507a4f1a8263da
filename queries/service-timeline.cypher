// name: service-timeline
// description: Change over time in an area: for each service, who commissioned and who provided it at each review (the review and its date on every row), with the bodies each has passed to since and those it took over from (SUCCEEDED_BY, stated or from a lineage file). clasgraph timeline marks the changes.
// param: area = "" (the area's name, as its reviews give it; empty for every area)
// param: service = [] (only these services: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (rep:Report)
WHERE $area = '' OR toLower(rep.area) = toLower($area)
MATCH (o:Organisation)-[c:COMMISSIONS|PROVIDES]->(s:Service)
WHERE c.report_id = rep.id
  AND ('' IN $service OR s.id IN $service)
OPTIONAL MATCH (o)-[:SUCCEEDED_BY*1..8]->(later:Organisation)
OPTIONAL MATCH (earlier:Organisation)-[:SUCCEEDED_BY*1..8]->(o)
// a review's date, published or else reviewed, is schema.REVIEW_DATE
RETURN rep.area AS area, rep.id AS report, rep.published AS published, CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END AS date, s.id AS service_id,
       s.name AS service, CASE WHEN type(c) = 'COMMISSIONS' THEN 'commissioned' ELSE 'provided' END AS role,
       o.id AS organisation_id, o.name AS organisation, collect(DISTINCT later.id) AS succeeded_by,
       collect(DISTINCT earlier.name) AS succeeds,
       min(c.paragraph) AS paragraph
ORDER BY date, report, service, role, organisation
