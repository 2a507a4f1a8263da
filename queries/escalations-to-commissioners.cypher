// name: escalations-to-commissioners
// description: Findings the inspectors brought to a commissioner's attention (e.g. the Director of Public Health).
MATCH (f:Finding)-[e:ESCALATED_TO]->(o:Organisation)
RETURN f.report_id AS report, f.number AS finding, e.role AS role, o.name AS commissioner,
       e.service AS service, e.evidence AS evidence
ORDER BY report, f.sort_key, commissioner
