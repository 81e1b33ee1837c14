-- Search terms become word tails: for each word of the name, that word run together with the rest
-- ("Cloud Gate AG" → cloudgateag, gateag, ag), so a query whose words run together in the name
-- matches too (src/modules/marketplace/search-terms.ts). Existing names are re-indexed here the
-- way searchTerms() does it: NFD, combining marks removed, lower case, split at non-alphanumerics.

DELETE FROM provider_search_terms;

INSERT INTO provider_search_terms (company_id, term)
SELECT DISTINCT p.company_id, array_to_string(n.words[i:], '')
FROM provider_profiles p
CROSS JOIN LATERAL (
  SELECT array_remove(regexp_split_to_array(regexp_replace(lower(normalize(p.title, NFD)), '[\u0300-\u036f]', '', 'g'), '[^[:alnum:]]+'), '') AS words
) n
CROSS JOIN LATERAL generate_subscripts(n.words, 1) AS i;
