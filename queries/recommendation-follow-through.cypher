// name: recommendation-follow-through
// description: For each recommendation of a review, the next review of its area (both named and dated on every row; empty while no later review is stored), each finding behind the recommendation and each finding of the next review linked to it: the link's type and basis (cited: the review says it repeats; restated or similar: inferred, with its score) and whether that later finding says it repeats, or shows progress since, the earlier review. clasgraph follow-through classifies each recommendation.
// param: area = "" (the area's name; empty for every area)
// param: report = "" (the review whose recommendations to follow: id, a unique start of it or the area; empty for every review)
// param: later = "" (the later review's id: only the recommendations of the review before it)
MATCH (e:Report)-[:MAKES]->(r:Recommendation)
WHERE ($area = '' OR toLower(e.area) = toLower($area)) AND ($report = '' OR e.id = $report)
// a review's date, published or else reviewed, is schema.REVIEW_DATE
OPTIONAL MATCH (n:Report)
WHERE toLower(n.area) = toLower(e.area) AND CASE WHEN n.published <> '' THEN n.published WHEN n.review_end <> '' THEN n.review_end ELSE n.review_start END > CASE WHEN e.published <> '' THEN e.published WHEN e.review_end <> '' THEN e.review_end ELSE e.review_start END
WITH e, r, min(CASE WHEN n.published <> '' THEN n.published WHEN n.review_end <> '' THEN n.review_end ELSE n.review_start END) AS next_date
OPTIONAL MATCH (l:Report)
WHERE toLower(l.area) = toLower(e.area) AND CASE WHEN l.published <> '' THEN l.published WHEN l.review_end <> '' THEN l.review_end ELSE l.review_start END = next_date
WITH e, r, l
WHERE $later = '' OR l.id = $later
OPTIONAL MATCH (fe:Finding)-[:SUPPORTS]->(r)
OPTIONAL MATCH (fl:Finding)-[k:REPEATS|SIMILAR_TO]->(fe)
WHERE fl.report_id = l.id
OPTIONAL MATCH (fl)-[said:REPEATS|PROGRESS_SINCE]->(d)
WHERE d.id = e.id OR EXISTS { MATCH (d)-[:SAME_AS]->(same:Report) WHERE same.id = e.id }
WITH e, r, fe, l, fl, CASE WHEN k IS NULL THEN NULL ELSE type(k) END AS kind, k.basis AS link_basis,
     k.score AS link_score, collect(DISTINCT CASE WHEN said IS NULL THEN NULL ELSE type(said) END) AS said_types
RETURN e.area AS area, e.id AS earlier_report, e.published AS earlier_published,
       r.number AS recommendation, r.text AS text, r.sort_key AS sort_key,
       fe.number AS earlier_finding, l.id AS later_report, l.published AS later_published,
       fl.number AS later_finding, kind AS link, link_basis AS basis, link_score AS score,
       said_types AS later_says
// earlier reviews in order of their date, published or else reviewed (schema.REVIEW_DATE)
ORDER BY area, CASE WHEN e.published <> '' THEN e.published WHEN e.review_end <> '' THEN e.review_end ELSE e.review_start END, earlier_report, sort_key, earlier_finding, later_finding, link
