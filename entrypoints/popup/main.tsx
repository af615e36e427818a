/**
 * The toolbar popup (and the same page opened in a tab as popup.html?tab=ID from the in-page
 * panel): resolves the tab's state and shows the breakdown or a state message. While the page is
 * still being read it asks again; when the background stores a newer reading (more posts loaded
 * by scrolling) it refreshes.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Breakdown } from '../../components/Breakdown';
import { StateMessage } from '../../components/StateMessage';
import { t, uiLocale } from '../../lib/i18n';
import { pingTab, send } from '../../lib/send';
import { isTransient, resolvePopupState, type PopupState } from '../../lib/view/popup-state';
import './popup.css';

type Tab = { id?: number; url?: string };

const namedTab = Number(new URLSearchParams(location.search).get('tab'));
const asPage = Number.isInteger(namedTab) && namedTab > 0;

async function currentTab(): Promise<Tab | undefined> {
  // Opened as a page from the in-page panel: the tab is named in the URL.
  if (asPage) {
    const tab = await browser.tabs.get(namedTab).catch(() => undefined);
    return tab ?? { id: namedTab };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function resolve(tab: Tab | undefined): Promise<PopupState> {
  return resolvePopupState(tab, {
    getTabState: async (tabId) => (await send({ type: 'get-tab-state', tabId })) ?? null,
    pingTab,
  });
}

function App() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [tab, setTab] = useState<Tab | undefined>();

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    let found: Tab | undefined;
    const update = async () => {
      clearTimeout(timer);
      const next = await resolve(found).catch((): PopupState => ({ status: 'unsupported-site' }));
      if (stopped) return;
      setState(next);
      // The content script reports within a second or two of the page settling.
      if (isTransient(next) && ++tries < 20) timer = setTimeout(() => void update(), 700);
    };
    void currentTab()
      .catch(() => undefined)
      .then((tab) => {
        found = tab;
        setTab(tab);
        return update();
      });
    // A newer reading of this tab (posts loaded by scrolling): show it.
    const onChanged = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void update(), 250);
    };
    browser.storage.session?.onChanged?.addListener(onChanged);
    return () => {
      stopped = true;
      clearTimeout(timer);
      browser.storage.session?.onChanged?.removeListener(onChanged);
    };
  }, []);

  if (state.status === 'ok') return <Breakdown snapshot={state.snapshot} analysis={state.analysis} updatedAt={state.updatedAt} />;
  const onReload =
    tab?.id !== undefined
      ? () =>
          void browser.tabs.reload(tab.id!).then(() => {
            if (!asPage) window.close();
            else setState({ status: 'reading' });
          })
      : undefined;
  const onSettings = () => void browser.runtime.openOptionsPage().then(() => (asPage ? undefined : window.close()));
  return <StateMessage state={state} onReload={onReload} onSettings={onSettings} />;
}

document.documentElement.lang = uiLocale() ?? 'en';
document.title = t('popupTitle');
if (asPage) document.documentElement.classList.add('as-page');
render(<App />, document.getElementById('app')!);
