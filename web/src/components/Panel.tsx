import { useId, type ReactNode } from 'react';

/**
 * A page section named by its h2. `titleHidden` keeps the h2 for screen readers only,
 * where the page's h1 already says the same to sighted users.
 */
export function Panel({ title, titleHidden = false, children }: { title: string; titleHidden?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className={titleHidden ? 'visually-hidden' : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}
