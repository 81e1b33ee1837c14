import { Link } from '../router';
import { Icon, type IconName } from './Icon';

/** A figure on the dashboard that links to where it comes from. */
export function Stat({
  to,
  icon,
  label,
  value,
  failed = false,
}: {
  to: string;
  icon: IconName;
  label: string;
  value: string | number | undefined;
  failed?: boolean;
}) {
  return (
    <li>
      <Link to={to} className="stat">
        <span className="stat-icon">
          <Icon name={icon} />
        </span>
        <span className="stat-value">{failed ? '!' : (value ?? '…')}</span>
        <span className="stat-label">{label}</span>
      </Link>
    </li>
  );
}
