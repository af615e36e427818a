/** options.html: settings, storage, import/export (components/vetting/SettingsPage.tsx). */
import { render } from 'preact';
import { SettingsPage } from '../../components/vetting/SettingsPage';
// The site list only: importing the adapter registry here bundled every adapter (65 kB).
import { SUPPORTED_PLATFORMS } from '../../lib/sites/list';
import { t, uiLocale } from '../../lib/i18n';
import '../../components/vetting/page.css';
import '../../components/vetting/vetting.css';

document.title = t('vet_settingsTitle');
document.documentElement.lang = uiLocale() ?? 'en';
render(<SettingsPage platforms={SUPPORTED_PLATFORMS} />, document.getElementById('app')!);
