import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Breakdown } from '../../components/Breakdown';
import { StateMessage, stateText } from '../../components/StateMessage';
import type { TabState } from '../../lib/messages';
import { PING } from '../../lib/ping';
import { resolvePopupState, type PopupState } from '../../lib/popup-state';
import './popup.css';

async function currentTab(): Promise<{ id?: number; url?: string } | undefined> {
  // Opened as a page from the in-page panel: the tab is named in the URL.
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named).catch(() => undefined);
    return tab ?? { id: named };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function App() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  useEffect(() => {
    void currentTab()
      .then((tab) =>
        resolvePopupState(tab, {
          getTabState: (tabId) => browser.runtime.sendMessage({ type: 'get-tab-state', tabId }) as Promise<TabState | null>,
          pingTab: (tabId) => browser.tabs.sendMessage(tabId, PING).then((a) => Boolean(a)),
        }),
      )
      .then(setState)
      .catch(() => setState({ status: 'unsupported-site' }));
  }, []);

  if (state.status === 'ok') return <Breakdown snapshot={state.snapshot} analysis={state.analysis} />;
  const text = stateText(state.status, state.status === 'unrecognised' ? state.reason : undefined);
  return <StateMessage title={text.title} body={text.body} />;
}

render(<App />, document.getElementById('app')!);
