/** Message keys of the campaign statuses and report sections, written out (the locale tests find literal keys). */
import type { CampaignStatus, ReportSectionId } from '../../lib/storage/schema';

export const STATUS_KEYS: Record<CampaignStatus, string> = {
  'to-contact': 'rep_status_to_contact',
  contacted: 'rep_status_contacted',
  negotiating: 'rep_status_negotiating',
  booked: 'rep_status_booked',
  declined: 'rep_status_declined',
};

export const SECTION_KEYS: Record<ReportSectionId, string> = {
  audience: 'rep_section_audience',
  sponsorship: 'rep_section_sponsorship',
  comments: 'rep_section_comments',
  price: 'rep_section_price',
};
