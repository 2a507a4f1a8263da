// name: commissioning-chain
// description: Commissioner -> service <- provider, for every service with both.
MATCH (c:Organisation)-[:COMMISSIONS]->(s:Service)<-[:PROVIDES]-(p:Organisation)
RETURN DISTINCT c.name AS commissioner, s.name AS service, p.name AS provider, s.area AS area
ORDER BY area, service, commissioner, provider
