import type { ReactNode } from 'react';

/** A small button that shows or hides the element `controls` names (aria-expanded says which). */
export function ToggleButton({ expanded, controls, onToggle, children }: { expanded: boolean; controls: string; onToggle: (expanded: boolean) => void; children: ReactNode }) {
  return (
    <button type="button" className="button button-small" aria-expanded={expanded} aria-controls={controls} onClick={() => onToggle(!expanded)}>
      {children}
    </button>
  );
}
