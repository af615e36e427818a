/** report.html: a client report for one creator or a comparison (components/report/ReportPage.tsx). */
import { render } from 'preact';
import { ReportPage } from '../../components/report/ReportPage';
import { t, uiLocale } from '../../lib/i18n';
import '../../components/vetting/page.css';
import '../../components/vetting/vetting.css';
import '../../components/report/report.css';

document.title = t('rep_titleCreator');
document.documentElement.lang = uiLocale() ?? 'en';
render(<ReportPage />, document.getElementById('app')!);
