import { useTranslation } from 'react-i18next';
import { useSession } from '../../data/session';
import type { LiveState } from './useLiveDocument';

/** Who else has the document open, and whether live updates are flowing. */
export function Presence({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  const me = useSession().data?.user.id;
  const others = state.present.filter((user) => user.id !== me);
  return (
    <p className="presence" role="status" data-testid="presence" data-connected={state.connected}>
      <span className={`live-dot${state.connected ? ' is-live' : ''}`} aria-hidden="true" />
      {state.connected ? t('live.on') : t('live.off')}
      {others.length > 0 ? (
        <>
          {' · '}
          {t('live.alsoHere')}{' '}
          {others.map((user) => (
            <span key={user.id} className="presence-user">
              {user.name}
            </span>
          ))}
        </>
      ) : null}
    </p>
  );
}
