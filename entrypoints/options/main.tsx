/** options.html: settings, storage, import/export (components/vetting/SettingsPage.tsx). */
import { render } from 'preact';
import { SettingsPage } from '../../components/vetting/SettingsPage';
import { SUPPORTED_PLATFORMS } from '../../lib/sites';
import { t, uiLocale } from '../../lib/i18n';
import '../../components/vetting/page.css';
import '../../components/vetting/vetting.css';

document.title = t('vet_settingsTitle');
document.documentElement.lang = uiLocale() ?? 'en';
render(<SettingsPage platforms={SUPPORTED_PLATFORMS} />, document.getElementById('app')!);
