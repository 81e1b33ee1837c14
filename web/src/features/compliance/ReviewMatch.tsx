import { useId, type ReactNode } from 'react';
import type { ScreeningMatch, ScreeningReview } from '../../api/models';
import { Detail } from '../../components/Detail';
import { TableWrap } from '../../components/TableWrap';
import { useI18n } from '../../i18n';
import { formatScore } from './compliance';
import { LevelBadge } from './ReviewsPage';

type Customer = ScreeningReview['customer'];
type Update = ScreeningReview['updates'][number];

const signed = (lang: string, n: number) => `${n > 0 ? '+' : ''}${formatScore(lang, n)}`;

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <>—</>;
  return (
    <>
      {lines.map((line, index) => (
        <span key={index} className="address-line">
          {line}
        </span>
      ))}
    </>
  );
}

function customerAddress(customer: Customer, screened: ScreeningReview['screened']): string[] {
  const a = customer.billingAddress;
  if (!a) return screened.address ? [screened.address] : [];
  return [a.addressLine1, a.addressLine2, [a.zipOrPostalCode, a.city, a.stateOrProvince].filter(Boolean).join(' '), a.country].filter((line): line is string => !!line);
}

/** One matched entry beside the customer, then why it matched: the name or alias, the word pairs, the words left over, the evidence. */
export function ReviewMatch({ review, match }: { review: ScreeningReview; match: ScreeningMatch }) {
  const { t, lang, formatDateTime } = useI18n();
  const titleId = useId();
  const { customer, screened } = review;
  const { explanation: why } = match;
  const entry = why.entry;
  const later = (kind: Update['kind']) => review.updates.find((u) => u.kind === kind && u.listEntryId === match.listEntryId);
  const gone = later('match_gone');
  const added = later('new_match');
  const rows: [string, ReactNode, ReactNode][] = [
    [t('review.row.name'), customer.name, entry.name],
    [t('review.row.matchedName'), screened.name, <>{why.matchedName} <span className="badge badge-muted">{t(why.matchedAlias ? 'review.alias' : 'review.primaryName')}</span></>],
    [t('review.row.aliases'), '—', <Lines lines={entry.aliases ?? []} />],
    [t('review.row.country'), customer.billingAddress?.country ?? screened.country ?? '—', entry.countries.join(', ') || '—'],
    [t('review.row.address'), <Lines lines={customerAddress(customer, screened)} />, <Lines lines={entry.addresses} />],
    [t('review.row.partner'), customer.partnerName ?? '—', '—'],
    [t('review.row.list'), '—', <>{entry.source} · <code>{entry.listEntryId}</code></>],
    [t('review.row.entityType'), t(`companyType.${customer.type}`), entry.entityType ?? '—'],
  ];
  return (
    <section className={gone ? 'panel review-match review-match-gone' : 'panel review-match'} aria-labelledby={titleId}>
      <div className="review-match-head">
        <h2 id={titleId}>
          {entry.name} <span className="muted small">({match.source})</span>
        </h2>
        <span className="badge badge-info">{t('review.scoreIs', { score: formatScore(lang, match.score) })}</span>
        <LevelBadge level={why.level} />
        {gone && <span className="badge badge-muted">{t('review.gone', { at: formatDateTime(gone.at) })}</span>}
        {added && <span className="badge badge-warn">{t('review.added', { at: formatDateTime(added.at) })}</span>}
      </div>
      <TableWrap label={t('review.compareCaption', { name: entry.name })}>
        <table className="review-compare">
          <caption className="visually-hidden">{t('review.compareCaption', { name: entry.name })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('review.field')}</span>
              </th>
              <th scope="col">{t('review.customer')}</th>
              <th scope="col">{t('review.listedEntry')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, mine, listed]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{mine}</td>
                <td>{listed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h3 className="subheading">{t('review.explanation')}</h3>
      <dl className="details">
        <Detail label={t('review.score')}>{formatScore(lang, match.score)}</Detail>
        <Detail label={t('review.nameScore')}>{formatScore(lang, why.nameScore)}</Detail>
        <Detail label={t('review.matchedOn')}>{t(why.matchedAlias ? 'review.matchedAlias' : 'review.matchedPrimary', { name: why.matchedName })}</Detail>
        <Detail label={t('review.country')}>
          {why.country ? t('review.countryEvidence', { country: why.country.query, listed: why.country.listed.join(', ') || '—', effect: signed(lang, why.country.effect) }) : t('review.noEvidence')}
        </Detail>
        <Detail label={t('review.address')}>
          {why.address ? t('review.addressEvidence', { words: why.address.sharedWords.join(', ') || '—', effect: signed(lang, why.address.effect) }) : t('review.noEvidence')}
        </Detail>
      </dl>
      <TableWrap label={t('review.pairsCaption', { name: entry.name })}>
        <table>
          <caption className="visually-hidden">{t('review.pairsCaption', { name: entry.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.customerWord')}</th>
              <th scope="col">{t('review.listedWord')}</th>
              <th scope="col">{t('review.similarity')}</th>
              <th scope="col">{t('review.weight')}</th>
            </tr>
          </thead>
          <tbody>
            {why.pairs.map((pair, index) => (
              <tr key={index}>
                <th scope="row">{pair.query}</th>
                <td>{pair.matched}</td>
                <td>{formatScore(lang, pair.similarity)}</td>
                <td>{formatScore(lang, pair.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <dl className="details">
        <Detail label={t('review.unmatchedQuery')}>
          <Words words={why.unmatchedQuery} />
        </Detail>
        <Detail label={t('review.unmatchedEntry')}>
          <Words words={why.unmatchedEntry} />
        </Detail>
      </dl>
    </section>
  );
}

function Words({ words }: { words: { token: string; weight: number }[] }) {
  const { t, lang } = useI18n();
  if (words.length === 0) return <>{t('review.none')}</>;
  return <>{words.map((word) => t('review.wordWeight', { word: word.token, weight: formatScore(lang, word.weight) })).join(', ')}</>;
}
