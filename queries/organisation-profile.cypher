// name: organisation-profile
// description: Everything about one organisation: what it commissions and provides, recommendations addressed to it, findings about it, escalations, groups it belongs to.
// param: org (organisation name, alias or id; part of a name is enough)
MATCH (o:Organisation)-[r]->(x)
WHERE o.id = $org OR $org IN o.aliases OR toLower(o.name) CONTAINS toLower($org)
RETURN o.name AS organisation, 'out' AS direction, type(r) AS relationship,
       x.id AS other_id, coalesce(x.name, x.title, x.text) AS other,
       r.report_id AS report, r.paragraph AS paragraph, r.evidence AS evidence
UNION ALL
MATCH (o:Organisation)<-[r]-(x)
WHERE o.id = $org OR $org IN o.aliases OR toLower(o.name) CONTAINS toLower($org)
RETURN o.name AS organisation, 'in' AS direction, type(r) AS relationship,
       x.id AS other_id, coalesce(x.name, x.title, x.text) AS other,
       r.report_id AS report, r.paragraph AS paragraph, r.evidence AS evidence
