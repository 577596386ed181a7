import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type {
  Capabilities,
  GroupsReading,
  KerberosError,
  Message,
  RefreshResult,
  RefreshScope,
  OperationEvent,
  PanelRequest,
  Policy,
  RefreshUserRequest,
  RegroupApi,
  TicketsView,
  WaitState,
  WaitView,
} from '../electron/contract';
import { format, msg, t } from '../core/i18n';
import { useNow } from './hooks/useNow';
import { primaryTgt, principalOf, serviceTickets, upkeepOf } from '../core/model/tickets';
import { CloseIcon, RefreshIcon, ShieldIcon } from './components/Icons';
import { CopyDiagnostics } from './components/CopyDiagnostics';
import { Identity } from './components/Identity';
import { TgtCard } from './components/TgtCard';
import { TicketList } from './components/TicketList';
import { EmptyState, ErrorState, LoadingState } from './components/States';
import { HelpDeskContext, ManagedSection } from './components/Managed';
import { isManaged } from '../core/model/managed';
import { onDemand } from './on-demand';
import type { VerdictState } from './components/Verdict';

type Panel =
  | { kind: 'none' }
  /** `force`: reached from the offline panel's "Refresh anyway". */
  | { kind: 'confirm-computer'; force?: boolean }
  | { kind: 'password'; error: Message | null }
  | { kind: 'refreshing'; scope: RefreshScope }
  | { kind: 'result'; result: RefreshResult; verdict: VerdictState | null };

type Tab = 'tickets' | 'groups';

/** "My groups" as last read; 'idle' means not read yet, or out of date after a refresh. */
type GroupsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; reading: GroupsReading }
  | { status: 'error'; message: string };

interface State {
  view: TicketsView | null;
  /** The window could not talk to the main process at all. */
  loadError: KerberosError | null;
  capabilities: Capabilities | null;
  /** The IT department's policy (null until read: nothing is managed until then). */
  policy: Policy | null;
  panel: Panel;
  tab: Tab;
  groups: GroupsState;
  /** "Tell me when it arrives": whether it is offered, and the wait that runs or just ended. */
  wait: WaitView;
}

type Action =
  | { type: 'view'; view: TicketsView }
  | { type: 'load-error'; error: KerberosError }
  | { type: 'refresh-refused'; error: KerberosError }
  | { type: 'capabilities'; capabilities: Capabilities }
  | { type: 'policy'; policy: Policy }
  | { type: 'panel'; panel: Panel }
  | { type: 'tab'; tab: Tab }
  | { type: 'groups'; groups: GroupsState }
  | { type: 'wait'; wait: WaitView }
  | { type: 'wait-state'; state: WaitState | null }
  | { type: 'operation'; event: OperationEvent };

const initialState: State = {
  view: null,
  loadError: null,
  capabilities: null,
  policy: null,
  panel: { kind: 'none' },
  tab: 'tickets',
  groups: { status: 'idle' },
  wait: { allowed: false, state: null },
};

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'view': {
      // A refresh started elsewhere (tray menu) that is still running shows as progress.
      const panel =
        action.view.busy && state.panel.kind === 'none'
          ? { kind: 'refreshing' as const, scope: action.view.busy }
          : state.panel;
      return { ...state, view: action.view, loadError: null, panel };
    }
    case 'load-error':
      return { ...state, loadError: action.error };
    case 'refresh-refused':
      // Refused because another refresh runs: that one's events already show its progress.
      if (state.panel.kind === 'refreshing') return state;
      return { ...state, loadError: action.error, panel: { kind: 'none' } };
    case 'capabilities':
      return { ...state, capabilities: action.capabilities };
    case 'policy':
      return { ...state, policy: action.policy };
    case 'panel':
      return { ...state, panel: action.panel };
    case 'tab':
      // Another view closes a panel that waits for the person; a running refresh stays in view.
      return {
        ...state,
        tab: action.tab,
        panel: state.panel.kind === 'refreshing' ? state.panel : { kind: 'none' },
      };
    case 'groups':
      return { ...state, groups: action.groups };
    case 'wait':
      return { ...state, wait: action.wait };
    case 'wait-state':
      return { ...state, wait: { ...state.wait, state: action.state } };
    case 'operation': {
      const { event } = action;
      // A wait's own refresh is told by the wait card (its progress, then how the wait ended).
      if (state.wait.state?.phase === 'refreshing' && state.panel.kind === 'none')
        return { ...state, groups: { status: 'idle' } };
      if (event.type === 'started')
        return { ...state, loadError: null, panel: { kind: 'refreshing', scope: event.scope } };
      if (event.type === 'verified') {
        const { panel } = state;
        if (panel.kind !== 'result' || panel.result.scope !== 'user') {
          return { ...state, groups: { status: 'idle' } };
        }
        return {
          ...state,
          panel: { ...panel, verdict: event.verdict },
          groups: { status: 'idle' },
        };
      }
      // The groups may have changed: "My groups" reads them again when it is shown next.
      const groups: GroupsState = { status: 'idle' };
      // A wrong password goes back to the password field, with the reason.
      if (
        event.result.error?.code === 'wrong-password' ||
        event.result.error?.code === 'password-required'
      ) {
        return {
          ...state,
          groups,
          panel: { kind: 'password', error: event.result.error.message },
        };
      }
      const verdict = event.verifying ? 'pending' : null;
      return { ...state, groups, panel: { kind: 'result', result: event.result, verdict } };
    }
  }
}

/** A rejected call's own sentence, without the prefix Electron adds to it. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Electron prefixes a rejected invoke with "Error invoking remote method '<channel>': <Name>: ".
  return text.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}

/** A rejected call (the main process refused it, or could not be reached) as an error to show. */
function toError(error: unknown): KerberosError {
  const message = reasonOf(error);
  return {
    code: 'klist-failed',
    message: msg('error.unexpected', { message: message.replace(/[.]$/, '') }),
  };
}

// The Groups tab is a chunk of its own, fetched when the tab is first opened: the window's first
// load carries only what the tickets view shows (issue 14: first load <= 100 KB gzip).
const GroupsView = lazy(() =>
  import('./components/Groups').then((m) => ({ default: m.GroupsView })),
);
const GroupsError = lazy(() =>
  import('./components/Groups').then((m) => ({ default: m.GroupsError })),
);

// The panels (progress, confirmation, password, result) and the wait card show only after the
// person acts: they are chunks of their own too, fetched when the pointer or the focus reaches the
// action buttons, so that a panel shows at once on the click. A panel opened from the tray
// fetches its chunk then (a local file: the content area is empty for about a frame).
const loadPanels = () => import('./components/Panels');
const ProgressPanel = onDemand(() => loadPanels().then((m) => m.ProgressPanel));
const ConfirmComputerPanel = onDemand(() => loadPanels().then((m) => m.ConfirmComputerPanel));
const PasswordPanel = onDemand(() => loadPanels().then((m) => m.PasswordPanel));
const ResultPanel = onDemand(() => loadPanels().then((m) => m.ResultPanel));
const WaitCard = onDemand(() => import('./components/Wait').then((m) => m.WaitCard));
const preloadPanels = (): void => {
  for (const panel of [ProgressPanel, ConfirmComputerPanel, PasswordPanel, ResultPanel]) {
    void panel.preload();
  }
};

function GroupsLoading() {
  return <LoadingState label={t('groups.loading')} detail={t('groups.loadingDetail')} />;
}

export function App({ api }: { api: RegroupApi }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const now = useNow();
  const marked = useRef(false);
  const { view, panel, capabilities, loadError, tab, groups, policy } = state;
  const busy = panel.kind === 'refreshing';

  const load = useCallback(() => {
    api.listTickets().then(
      (next) => dispatch({ type: 'view', view: next }),
      (error: unknown) => dispatch({ type: 'load-error', error: toError(error) }),
    );
  }, [api]);

  useEffect(() => {
    performance.mark('regroup:shell');
    const unsubscribe = [
      api.onTicketsChanged((next) => dispatch({ type: 'view', view: next })),
      api.onOperation((event) => dispatch({ type: 'operation', event })),
      api.onWaitChanged((next) => dispatch({ type: 'wait-state', state: next })),
      api.onShowPanel((request: PanelRequest) =>
        dispatch({
          type: 'panel',
          panel:
            request === 'password'
              ? { kind: 'password', error: null }
              : { kind: 'confirm-computer' },
        }),
      ),
    ];
    load();
    api.getWait().then(
      (wait) => dispatch({ type: 'wait', wait }),
      () => undefined,
    );
    api.getCapabilities().then(
      (caps) => dispatch({ type: 'capabilities', capabilities: caps }),
      () => undefined,
    );
    api.getPolicy().then(
      (next) => dispatch({ type: 'policy', policy: next }),
      () => undefined,
    );
    return () => unsubscribe.forEach((off) => off());
  }, [api, load]);

  useEffect(() => {
    if (view && !marked.current) {
      marked.current = true;
      performance.mark('regroup:first-list');
    }
  }, [view]);

  const loadGroups = useCallback(() => {
    dispatch({ type: 'groups', groups: { status: 'loading' } });
    api.readGroups().then(
      (reading) => dispatch({ type: 'groups', groups: { status: 'ready', reading } }),
      (error: unknown) =>
        dispatch({
          type: 'groups',
          groups: { status: 'error', message: format(toError(error).message) },
        }),
    );
  }, [api]);

  useEffect(() => {
    if (tab === 'groups' && groups.status === 'idle' && panel.kind === 'none') loadGroups();
  }, [tab, groups.status, panel.kind, loadGroups]);

  // The operation events are the only source of a refresh's progress, result and verdict; the
  // reply only tells of a refused request.
  const runRefresh = useCallback((run: () => Promise<void>) => {
    run().catch((error: unknown) => dispatch({ type: 'refresh-refused', error: toError(error) }));
  }, []);

  const refreshUser = useCallback(
    (password?: string, force = false) => {
      if (busy) return;
      if (capabilities?.userRefreshNeedsPassword && password === undefined) {
        dispatch({ type: 'panel', panel: { kind: 'password', error: null } });
        return;
      }
      // Always verified: the groups reads are bounded and never hold up or fail the refresh.
      const request: RefreshUserRequest = { verify: true };
      if (password !== undefined) request.password = password;
      if (force) request.force = true;
      runRefresh(() => api.refreshUser(request));
    },
    [api, busy, capabilities, runRefresh],
  );

  const refreshComputer = useCallback(
    (gpupdate: boolean, force = false) => {
      if (busy) return;
      runRefresh(() => api.refreshComputer(force ? { gpupdate, force } : { gpupdate }));
    },
    [api, busy, runRefresh],
  );

  const closePanel = useCallback(() => dispatch({ type: 'panel', panel: { kind: 'none' } }), []);

  // "Tell me when it arrives": back to the tickets, where the wait card shows how it goes.
  const startWait = useCallback(
    (group: string) =>
      api.waitForGroup({ group }).then(
        () => dispatch({ type: 'tab', tab: 'tickets' }),
        (error: unknown) => {
          throw new Error(reasonOf(error));
        },
      ),
    [api],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (
        panel.kind === 'confirm-computer' ||
        panel.kind === 'password' ||
        panel.kind === 'result'
      ) {
        closePanel();
      } else {
        void api.hideWindow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api, panel.kind, closePanel]);

  const listing = view?.listing ?? null;
  // Once per listing, not on every tick of the clock.
  const tgt = useMemo(() => (listing ? primaryTgt(listing) : null), [listing]);
  const tickets = useMemo(() => (listing ? serviceTickets(listing) : []), [listing]);
  const listError =
    listing?.error && listing.error.code !== 'no-credentials' ? listing.error : null;
  const error = loadError ?? listError;
  const empty = listing !== null && !error && listing.tickets.length === 0;
  const computerAvailable = capabilities?.computerRefresh.available ?? true;
  // Hidden by the IT department's policy (the main process refuses it too).
  const computerHidden = policy?.hideComputerRefresh ?? false;

  let body;
  const computerHow = capabilities?.computerRefresh.how;
  if (panel.kind === 'refreshing') body = <ProgressPanel scope={panel.scope} how={computerHow} />;
  else if (panel.kind === 'confirm-computer')
    body = (
      <ConfirmComputerPanel
        platformKind={capabilities?.kind ?? listing?.kind ?? 'windows'}
        how={computerHow}
        reason={capabilities?.computerRefresh.reason}
        gpupdatePolicy={policy?.gpupdate ?? 'person'}
        onCancel={closePanel}
        onContinue={(gpupdate) => refreshComputer(gpupdate, panel.force === true)}
      />
    );
  else if (panel.kind === 'password')
    body = (
      <PasswordPanel
        principal={(listing && principalOf(listing)) ?? t('identity.unknown')}
        error={panel.error ? format(panel.error) : null}
        onCancel={closePanel}
        onSubmit={(password) => refreshUser(password)}
      />
    );
  else if (panel.kind === 'result')
    body = (
      <ResultPanel
        result={panel.result}
        verdict={panel.verdict}
        platform={capabilities?.kind ?? listing?.kind ?? 'windows'}
        now={now}
        onSignOut={() =>
          api.signOut().catch((error: unknown) => {
            throw new Error(reasonOf(error));
          })
        }
        onFreshSignIn={(program) =>
          api.startFreshSignIn(program).catch((error: unknown) => {
            throw new Error(reasonOf(error));
          })
        }
        account={(listing && principalOf(listing)) ?? undefined}
        onWait={state.wait.allowed ? startWait : undefined}
        doneLabel={tab === 'groups' ? t('result.doneGroups') : t('result.done')}
        onShowGroups={() => dispatch({ type: 'tab', tab: 'groups' })}
        onDone={closePanel}
        onRetry={() =>
          panel.result.scope === 'user'
            ? refreshUser()
            : dispatch({ type: 'panel', panel: { kind: 'confirm-computer' } })
        }
        // The computer's refresh goes through its confirmation (the prompt is explained there).
        onRefreshAnyway={() =>
          panel.result.scope === 'user'
            ? refreshUser(undefined, true)
            : dispatch({ type: 'panel', panel: { kind: 'confirm-computer', force: true } })
        }
      />
    );
  else if (tab === 'groups')
    body = (
      <Suspense fallback={<GroupsLoading />}>
        {groups.status === 'ready' ? (
          <GroupsView reading={groups.reading} now={now} onReload={loadGroups} />
        ) : groups.status === 'error' ? (
          <GroupsError message={groups.message} onRetry={loadGroups} />
        ) : (
          <GroupsLoading />
        )}
      </Suspense>
    );
  else if (error) body = <ErrorState error={error} onRetry={load} />;
  else if (!listing) body = <LoadingState />;
  else if (empty) body = <EmptyState />;
  else
    body = (
      <>
        {state.wait.state && (
          <Suspense fallback={null}>
            <WaitCard state={state.wait.state} now={now} onCancel={() => void api.cancelWait()} />
          </Suspense>
        )}
        <Identity listing={listing} />
        <TgtCard tgt={tgt} now={now} upkeep={upkeepOf(listing)} />
        <TicketList tickets={tickets} now={now} upkeep={upkeepOf(listing)} />
        {!listing.complete && <p className="muted small">{t('tickets.incomplete')}</p>}
      </>
    );
  const showManaged = tab === 'tickets' && panel.kind === 'none' && isManaged(policy);

  const showActions = panel.kind === 'none' || panel.kind === 'refreshing';
  return (
    <HelpDeskContext.Provider value={policy?.helpDesk ?? null}>
      <div className="app" aria-busy={busy}>
        <header className="titlebar">
          <h1 className="app-name">
            <img className="app-logo" src="./icon.svg" alt="" width="20" height="20" />
            {t('app.name')}
          </h1>
          <nav className="tabs" aria-label={t('nav.label')}>
            {(['tickets', 'groups'] as const).map((name) => (
              <button
                key={name}
                type="button"
                className="tab"
                aria-current={tab === name ? 'page' : undefined}
                disabled={busy}
                onClick={() => dispatch({ type: 'tab', tab: name })}
              >
                {name === 'tickets' ? t('nav.tickets') : t('nav.groups')}
              </button>
            ))}
          </nav>
          <button
            type="button"
            className="icon-button"
            aria-label={t('window.close')}
            title={t('window.close')}
            onClick={() => void api.hideWindow()}
          >
            <CloseIcon />
          </button>
        </header>
        <main className="content" id="content">
          <Suspense fallback={null}>{body}</Suspense>
          {showManaged && <ManagedSection policy={policy} />}
        </main>
        <div className="sr-only" role="status" aria-live="polite">
          {panel.kind === 'refreshing'
            ? panel.scope === 'user'
              ? t('progress.user')
              : t('progress.computer')
            : ''}
        </div>
        {showActions && (
          <footer
            className="actions"
            aria-label={t('actions.label')}
            onPointerEnter={preloadPanels}
            onFocus={preloadPanels}
          >
            <button
              type="button"
              className="button primary action"
              title={t('actions.refreshUser.hint')}
              disabled={busy || !listing}
              onClick={() => refreshUser()}
            >
              <RefreshIcon />
              {t('actions.refreshUser')}
            </button>
            {!computerHidden && (
              <button
                type="button"
                className="button secondary action"
                disabled={busy || !computerAvailable}
                title={
                  computerAvailable
                    ? t(
                        computerHow === 'cannot'
                          ? 'actions.refreshComputer.hintCannot'
                          : computerHow === 'helper' || computerHow === 'direct'
                            ? 'actions.refreshComputer.hintHelper'
                            : 'actions.refreshComputer.hint',
                      )
                    : t('actions.refreshComputer.unavailable', {
                        reason: capabilities?.computerRefresh.reason
                          ? format(capabilities.computerRefresh.reason)
                          : '',
                      })
                }
                onClick={() => dispatch({ type: 'panel', panel: { kind: 'confirm-computer' } })}
              >
                <ShieldIcon />
                {t('actions.refreshComputer')}
              </button>
            )}
            <CopyDiagnostics api={api} disabled={busy} />
          </footer>
        )}
      </div>
    </HelpDeskContext.Provider>
  );
}
