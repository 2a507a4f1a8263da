// name: recommendation-count-by-organisation
// description: How many recommendations each organisation is accountable for, most first.
MATCH (r:Recommendation)-[:ADDRESSED_TO]->(o:Organisation)
RETURN o.name AS organisation, o.kind AS kind, count(DISTINCT r) AS recommendations
ORDER BY recommendations DESC, organisation
