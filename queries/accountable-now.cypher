// name: accountable-now
// description: Each body a review named (recommendations addressed to it, services it commissioned or provided), the review and its date, and every succession reachable from it (SUCCEEDED_BY, stated or from a lineage file); clasgraph accountable (and the action plan) follow them to the body accountable today.
// param: report = "" (report id, a unique start of it or the area; empty for every report)
// param: org = [] (only these bodies as the review named them: a name, alias, abbreviation or id, matched as every --org is; empty for all)
MATCH (rep:Report)
WHERE $report = '' OR rep.id = $report
MATCH (o:Organisation)-[e:ADDRESSED_TO|COMMISSIONS|PROVIDES]-(y)
WHERE e.report_id = rep.id
  AND ('' IN $org OR o.id IN $org)
WITH rep, o, collect(DISTINCT CASE WHEN type(e) = 'ADDRESSED_TO' THEN 'addressed' WHEN type(e) = 'COMMISSIONS' THEN 'commissioned' ELSE 'provided' END) AS named_as
OPTIONAL MATCH (o)-[:SUCCEEDED_BY*0..7]->(p:Organisation)-[s:SUCCEEDED_BY]->(q:Organisation)
WITH rep, o, named_as,
     collect(DISTINCT CASE WHEN q IS NULL THEN NULL
             ELSE p.id + '|' + q.id + '|' + q.name + '|' + CASE WHEN s.basis = 'lineage' THEN 'lineage file ' + s.source ELSE 'stated by ' + s.report_id END END) AS successions
RETURN rep.id AS report, rep.area AS area, rep.published AS published, o.id AS organisation_id,
       o.name AS organisation, named_as, successions
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, organisation
