// name: who-provides-what
// description: Each provider, the services it provides, and the sentence that says so.
MATCH (o:Organisation)-[p:PROVIDES]->(s:Service)
RETURN o.name AS provider, o.kind AS kind, s.name AS service, s.area AS area,
       p.report_id AS report, p.paragraph AS paragraph, p.evidence AS evidence
ORDER BY provider, service, report, paragraph
