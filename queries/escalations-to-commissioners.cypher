// name: escalations-to-commissioners
// description: Findings the inspectors brought to a body's attention (e.g. the Director of Public Health as commissioner of a service): the finding (its number and first words), the body it was escalated to, the role the review names it by (where it names one) and the service, the sentence that says so, each row naming its review.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
// param: org = [] (only escalations to these bodies: a name, alias, abbreviation or id, matched as every --org is; empty for all)
// param: service = [] (only escalated findings about these services: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (rep:Report)-[:HAS_FINDING]->(f:Finding)-[e:ESCALATED_TO]->(o:Organisation)
WHERE ($report = '' OR rep.id = $report) AND ('' IN $org OR o.id IN $org)
  AND ('' IN $service OR EXISTS { MATCH (f)-[:ABOUT]->(sv:Service) WHERE sv.id IN $service })
RETURN rep.id AS report, rep.published AS published, f.number AS finding, f.text AS finding_text,
       o.name AS escalated_to,
       CASE WHEN coalesce(e.service, '') = '' THEN '' ELSE e.role END AS as_role,
       coalesce(e.service, '') AS service, e.evidence AS evidence
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, f.sort_key, escalated_to
