/** shortlist.html: the full-page shortlist and comparison (components/vetting/ShortlistPage.tsx). */
import { render } from 'preact';
import { ShortlistPage } from '../../components/vetting/ShortlistPage';
import { t, uiLocale } from '../../lib/i18n';
import '../../components/vetting/page.css';
import '../../components/vetting/vetting.css';

document.title = t('vet_shortlistTitle');
document.documentElement.lang = uiLocale() ?? 'en';
render(<ShortlistPage />, document.getElementById('app')!);
