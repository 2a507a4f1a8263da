// name: recommendations-by-organisation
// description: Recommendations addressed to each organisation, with the findings that support each.
// param: org = "" (organisation name, alias or id; part of a name is enough; empty for all)
MATCH (r:Recommendation)-[:ADDRESSED_TO]->(o:Organisation)
WHERE $org = '' OR o.id = $org OR $org IN o.aliases
   OR toLower(o.name) CONTAINS toLower($org)
OPTIONAL MATCH (f:Finding)-[:SUPPORTS]->(r)
WITH o, r, collect(DISTINCT f.number) AS supporting_findings
RETURN o.name AS organisation, r.report_id AS report, r.number AS recommendation,
       r.text AS text, supporting_findings
ORDER BY organisation, report, r.sort_key
