// name: escalations-to-commissioners
// description: Findings the inspectors brought to a commissioner's attention (e.g. the Director of Public Health).
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
// param: org = [] (only escalations to these bodies: a name, alias, abbreviation or id; empty for all)
MATCH (rep:Report)-[:HAS_FINDING]->(f:Finding)-[e:ESCALATED_TO]->(o:Organisation)
WHERE ($report = '' OR rep.id = $report) AND ('' IN $org OR o.id IN $org)
RETURN rep.id AS report, rep.published AS published, f.number AS finding, e.role AS role,
       o.name AS commissioner, e.service AS service, e.evidence AS evidence
ORDER BY published, report, f.sort_key, commissioner
