-- A partner may provision a wholesale subscription for its own organisation (PRODUCT.md §5): such a
-- customer's company is the partner's own. At most one live one per partner, also when two creates
-- arrive at once; a cancelled (deprovisioned) one does not count.
CREATE UNIQUE INDEX wholesale_customers_own ON wholesale_customers (partner_id)
  WHERE company_id = partner_id AND status <> 'deprovisioned';
