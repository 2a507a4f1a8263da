// name: who-commissions-what
// description: Each commissioner, the services it commissions, and the sentence that says so.
MATCH (o:Organisation)-[c:COMMISSIONS]->(s:Service)
RETURN o.name AS commissioner, s.name AS service, s.area AS area,
       c.report_id AS report, c.paragraph AS paragraph, c.evidence AS evidence
ORDER BY commissioner, service, report, paragraph
