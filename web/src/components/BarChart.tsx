import { useId } from 'react';
import { useT } from '../i18n';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as people read it ("2.5 Gbps"). */
  display: string;
  /** A CSS class for the bar's colour. */
  tone?: string;
}

/**
 * A horizontal bar chart in plain HTML and CSS. The bars are one image to assistive technology,
 * described by a sentence; the same figures are in a table under "Show as table".
 */
export function BarChart({ title, bars, summary, empty }: { title: string; bars: Bar[]; summary: string; empty: string }) {
  const t = useT();
  const titleId = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <>
          <div className="chart-bars" role="img" aria-label={summary}>
            {bars.map((bar) => (
              <div key={bar.key} className="chart-row">
                <span className="chart-label">{bar.label}</span>
                <span className="chart-track">
                  <span className={`chart-bar ${bar.tone ?? ''}`} style={{ width: `${Math.max(2, (bar.value / max) * 100)}%` }} />
                </span>
                <span className="chart-value">{bar.display}</span>
              </div>
            ))}
          </div>
          <details className="chart-table">
            <summary>{t('chart.showTable')}</summary>
            <table>
              <caption className="visually-hidden">{title}</caption>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.key}>
                    <th scope="row">{bar.label}</th>
                    <td>{bar.display}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
