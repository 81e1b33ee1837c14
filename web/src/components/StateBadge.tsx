import { useT } from '../i18n';
import { stateTone } from '../features/network/network';

/** A port's or connection's state, coloured by what it means (live, waiting, ended). */
export function StateBadge({ state }: { state: string }) {
  const t = useT();
  const key = `state.${state}`;
  const label = t(key);
  return <span className={`badge ${stateTone(state)}`}>{label === key ? state : label}</span>;
}
