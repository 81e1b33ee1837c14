-- Billing: the operator's price book. One row per priced item; a PUT replaces them all in one
-- transaction. Amounts are integer minor units of the market's currency (one currency per market).
CREATE TABLE price_book_items (
  id uuid PRIMARY KEY,
  position integer NOT NULL,
  product text NOT NULL CHECK (product IN ('port', 'mcr', 'vxc', 'package')),
  -- The billing market: an ISO 3166-1 alpha-2 country (a location's country chooses it).
  market text NOT NULL CHECK (market ~ '^[A-Z]{2}$'),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  speed_mbps integer CHECK (speed_mbps > 0),
  rate_limit_min_mbps integer CHECK (rate_limit_min_mbps > 0),
  rate_limit_max_mbps integer CHECK (rate_limit_max_mbps >= rate_limit_min_mbps),
  package text,
  monthly_minor bigint NOT NULL CHECK (monthly_minor >= 0),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (
    (product IN ('port', 'mcr') AND speed_mbps IS NOT NULL AND rate_limit_min_mbps IS NULL AND rate_limit_max_mbps IS NULL AND package IS NULL)
    OR (product = 'vxc' AND speed_mbps IS NULL AND rate_limit_min_mbps IS NOT NULL AND rate_limit_max_mbps IS NOT NULL AND package IS NULL)
    OR (product = 'package' AND speed_mbps IS NULL AND rate_limit_min_mbps IS NULL AND rate_limit_max_mbps IS NULL AND package IS NOT NULL)
  )
);
CREATE UNIQUE INDEX price_book_speed ON price_book_items (market, product, speed_mbps) WHERE product IN ('port', 'mcr');
CREATE UNIQUE INDEX price_book_package ON price_book_items (market, package) WHERE product = 'package';
CREATE INDEX price_book_vxc ON price_book_items (market, rate_limit_min_mbps) WHERE product = 'vxc';
