// name: concerns-without-recommendation
// description: Findings worded as a concern (or mixed) that no recommendation of their review cites.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
// param: org = [] (only concerns about these bodies: a name, alias, abbreviation or id, matched as every --org is; empty for all)
// param: service = [] (only concerns about these services: a service's name, a name reports use for it ("health visitor", "CAMHS") or a word of its name, matched as every --service is; empty for all)
MATCH (rep:Report)-[:HAS_FINDING]->(f:Finding)
WHERE f.polarity IN ['concern', 'mixed'] AND ($report = '' OR rep.id = $report)
  AND ('' IN $org OR EXISTS { MATCH (f)-[:ABOUT]->(x:Organisation) WHERE x.id IN $org })
  AND ('' IN $service OR EXISTS { MATCH (f)-[:ABOUT]->(sv:Service) WHERE sv.id IN $service })
OPTIONAL MATCH (f)-[s:SUPPORTS]->(:Recommendation)
WITH rep, f, count(s) AS supports
WHERE supports = 0
RETURN rep.id AS report, rep.published AS published, f.number AS finding, f.section AS section,
       f.polarity AS polarity, f.text AS text
// reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY CASE WHEN rep.published <> '' THEN rep.published WHEN rep.review_end <> '' THEN rep.review_end ELSE rep.review_start END, report, f.sort_key
