-- Prefix search reads the ids of matching providers straight from the index (an index-only scan):
-- the term for the range, the company beside it. Replaces the term-only index.

CREATE INDEX provider_search_terms_prefix_company ON provider_search_terms (term text_pattern_ops, company_id);
DROP INDEX provider_search_terms_prefix;
