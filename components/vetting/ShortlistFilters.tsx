/** The shortlist page's search and filters (platform, tag, grade, campaign status, flagged only). */
import { PLATFORMS, type Platform } from '../../lib/snapshot';
import { t } from '../../lib/i18n';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../../lib/storage/schema';
import { platformName } from '../format';
import { statusLabel } from './CampaignPanel';
import type { Filters } from './shortlist-view';

const LETTER_OPTIONS = ['A', 'B', 'C', 'D', 'F'] as const;

export function ShortlistFilters({ filters, setFilters, platforms, tags }: { filters: Filters; setFilters(f: Filters): void; platforms: Platform[]; tags: string[] }) {
  return (
    <div class="vet-filters" role="search">
            <div class="vet-field">
              <label for="vet-filter-text">{t('vet_search')}</label>
              <input id="vet-filter-text" type="search" value={filters.text} placeholder={t('vet_searchPlaceholder')} onInput={(e) => setFilters({ ...filters, text: e.currentTarget.value })} />
            </div>
            <div class="vet-field">
              <label for="vet-filter-platform">{t('vet_filterPlatform')}</label>
              <select id="vet-filter-platform" value={filters.platform} onChange={(e) => setFilters({ ...filters, platform: e.currentTarget.value as Filters['platform'] })}>
                <option value="">{t('vet_all')}</option>
                {PLATFORMS.filter((p) => platforms.includes(p)).map((p) => (
                  <option key={p} value={p}>
                    {platformName(p)}
                  </option>
                ))}
              </select>
            </div>
            <div class="vet-field">
              <label for="vet-filter-tag">{t('vet_filterTag')}</label>
              <select id="vet-filter-tag" value={filters.tag} onChange={(e) => setFilters({ ...filters, tag: e.currentTarget.value })}>
                <option value="">{t('vet_all')}</option>
                {tags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            </div>
            <div class="vet-field">
              <label for="vet-filter-grade">{t('vet_filterGrade')}</label>
              <select id="vet-filter-grade" value={filters.grade} onChange={(e) => setFilters({ ...filters, grade: e.currentTarget.value as Filters['grade'] })}>
                <option value="">{t('vet_all')}</option>
                {LETTER_OPTIONS.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
                <option value="ungraded">{t('vet_ungraded')}</option>
              </select>
            </div>
            <div class="vet-field">
              <label for="vet-filter-status">{t('rep_colStatus')}</label>
              <select id="vet-filter-status" value={filters.status ?? ''} onChange={(e) => setFilters({ ...filters, status: e.currentTarget.value as CampaignStatus | '' })}>
                <option value="">{t('vet_all')}</option>
                {CAMPAIGN_STATUSES.map((st) => (
                  <option key={st} value={st}>
                    {statusLabel(st)}
                  </option>
                ))}
              </select>
            </div>
            <label class="vet-check-label">
              <input type="checkbox" checked={filters.flaggedOnly} onChange={(e) => setFilters({ ...filters, flaggedOnly: e.currentTarget.checked })} />
              <span>{t('vet_flaggedOnly')}</span>
            </label>
          </div>
  );
}
