// name: recommendation-follow-through
// description: For each recommendation of a review, the next review of its area (both named and dated on every row), each finding behind the recommendation and each finding of the next review linked to it: the link's type and basis (cited: the review says it repeats; restated or similar: inferred, with its score) and whether that later finding says it repeats, or shows progress since, the earlier review. clasgraph follow-through classifies each recommendation.
// param: area = "" (the area's name; empty for every area)
// param: report = "" (the later review's id: only the recommendations of the review before it)
MATCH (e:Report), (l:Report)
WHERE toLower(l.area) = toLower(e.area) AND l.published > e.published
  AND ($area = '' OR toLower(e.area) = toLower($area))
WITH e, min(l.published) AS next_published
MATCH (l:Report)
WHERE toLower(l.area) = toLower(e.area) AND l.published = next_published
  AND ($report = '' OR l.id = $report)
MATCH (e)-[:MAKES]->(r:Recommendation)
OPTIONAL MATCH (fe:Finding)-[:SUPPORTS]->(r)
OPTIONAL MATCH (fl:Finding)-[k:REPEATS|SIMILAR_TO]->(fe)
WHERE fl.report_id = l.id
OPTIONAL MATCH (fl)-[said:REPEATS|PROGRESS_SINCE]->(d)
WHERE d.id = e.id OR EXISTS { MATCH (d)-[:SAME_AS]->(same:Report) WHERE same.id = e.id }
RETURN e.area AS area, e.id AS earlier_report, e.published AS earlier_published,
       r.number AS recommendation, r.text AS text, r.sort_key AS sort_key,
       fe.number AS earlier_finding, l.id AS later_report, l.published AS later_published,
       fl.number AS later_finding, CASE WHEN k IS NULL THEN NULL ELSE type(k) END AS link,
       k.basis AS basis, k.score AS score,
       collect(DISTINCT CASE WHEN said IS NULL THEN NULL ELSE type(said) END) AS later_says
ORDER BY earlier_report, sort_key, earlier_finding, later_finding, link
