import { useState } from 'react';

/** A provider's logo, or its initials on a tinted square when it has none (or it fails to load). */
export function ProviderLogo({ title, logoUrl, size = 48 }: { title: string; logoUrl: string | null; size?: number }) {
  const [failed, setFailed] = useState(false);
  if (logoUrl && !failed) {
    return <img className="provider-logo" src={logoUrl} alt="" width={size} height={size} onError={() => setFailed(true)} />;
  }
  const initials = title
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  // The hue follows the name, so each provider keeps its colour.
  let hue = 0;
  for (const char of title) hue = (hue * 31 + char.charCodeAt(0)) % 360;
  return (
    <span
      className="provider-logo provider-initials"
      aria-hidden="true"
      style={{ width: size, height: size, background: `hsl(${hue} 55% 92%)`, color: `hsl(${hue} 60% 28%)` }}
    >
      {initials}
    </span>
  );
}
