// name: concerns-without-recommendation
// description: Findings worded as a concern (or mixed) that no recommendation of their review cites.
// param: report = "" (one review: its id, a unique start of it, or --area NAME for the area's latest; empty for every review, each row naming its own)
MATCH (rep:Report)-[:HAS_FINDING]->(f:Finding)
WHERE f.polarity IN ['concern', 'mixed'] AND ($report = '' OR rep.id = $report)
OPTIONAL MATCH (f)-[s:SUPPORTS]->(:Recommendation)
WITH rep, f, count(s) AS supports
WHERE supports = 0
RETURN rep.id AS report, rep.published AS published, f.number AS finding, f.section AS section,
       f.polarity AS polarity, f.text AS text
ORDER BY published, report, f.sort_key
