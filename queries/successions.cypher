// name: successions
// description: Every body that took over from another (SUCCEEDED_BY): stated by a review (the review and paragraph named) or from a lineage file the user imported (the file and row named), never one for the other.
// param: org = "" (only successions of or to this organisation: name, alias or id; empty for all)
MATCH (a:Organisation)-[s:SUCCEEDED_BY]->(b:Organisation)
WHERE $org = '' OR a.id = $org OR b.id = $org OR $org IN a.aliases OR $org IN b.aliases
   OR toLower(a.name) CONTAINS toLower($org) OR toLower(b.name) CONTAINS toLower($org)
OPTIONAL MATCH (rep:Report) WHERE rep.id = s.report_id
RETURN a.id AS predecessor_id, a.name AS predecessor, b.id AS successor_id, b.name AS successor,
       CASE WHEN s.basis = 'lineage' THEN s.date ELSE coalesce(s.date, '') END AS date,
       coalesce(s.reason, '') AS reason,
       CASE WHEN s.basis = 'lineage' THEN 'lineage file' ELSE 'stated by the review' END AS basis,
       CASE WHEN s.basis = 'lineage' THEN s.source ELSE s.report_id END AS source,
       coalesce(rep.published, '') AS review_published, s.paragraph AS paragraph,
       s.evidence AS evidence
ORDER BY predecessor, successor, basis, source, paragraph
