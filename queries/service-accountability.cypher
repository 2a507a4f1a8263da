// name: service-accountability
// description: For a service: who commissions it, who provides it, the findings about it and the recommendations they support.
// param: service (service name or id; part of a name is enough)
MATCH (s:Service)
WHERE s.id = $service OR toLower(s.name) CONTAINS toLower($service)
OPTIONAL MATCH (c:Organisation)-[:COMMISSIONS]->(s)
WITH s, collect(DISTINCT c.name) AS commissioners
OPTIONAL MATCH (p:Organisation)-[:PROVIDES]->(s)
WITH s, commissioners, collect(DISTINCT p.name) AS providers
OPTIONAL MATCH (f:Finding)-[:ABOUT]->(s)
OPTIONAL MATCH (f)-[:SUPPORTS]->(r:Recommendation)
RETURN s.name AS service, s.area AS area, commissioners, providers,
       collect(DISTINCT f.number) AS findings, collect(DISTINCT r.number) AS recommendations
ORDER BY service, area
