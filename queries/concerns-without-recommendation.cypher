// name: concerns-without-recommendation
// description: Findings worded as a concern (or mixed) that no recommendation cites.
MATCH (f:Finding)
WHERE f.polarity IN ['concern', 'mixed']
OPTIONAL MATCH (f)-[s:SUPPORTS]->(:Recommendation)
WITH f, count(s) AS supports
WHERE supports = 0
RETURN f.report_id AS report, f.number AS finding, f.section AS section,
       f.polarity AS polarity, f.text AS text
ORDER BY report, f.sort_key
