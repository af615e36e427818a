/** Message keys the vetting UI builds from data (`vet_tier_${id}`...), listed for the locale test. */
export const VET_DYNAMIC_KEYS = [
  'vet_confidence_low', 'vet_confidence_medium', 'vet_confidence_high',
  'vet_error_full', 'vet_error_invalid', 'vet_error_not_found', 'vet_error_failed',
  'vet_exportShortlist', 'vet_exportEverything', 'vet_exportShortlistJson', 'vet_exportShortlistCsv', 'vet_exportEverythingJson', 'vet_exportEverythingCsv',
  'vet_per_followers', 'vet_per_views',
  'vet_position_far_below', 'vet_position_below', 'vet_position_typical', 'vet_position_above', 'vet_position_far_above',
  'vet_severity_info', 'vet_severity_warning', 'vet_severity_alert',
  'vet_sync_too_large', 'vet_sync_no_room', 'vet_sync_off',
  'vet_tier_nano', 'vet_tier_micro', 'vet_tier_mid', 'vet_tier_macro', 'vet_tier_mega',
  'vet_colAccount', 'vet_colGrade', 'vet_colEngagement', 'vet_colFollowers', 'vet_colFlags', 'vet_colChecked', 'vet_added', 'vet_saved',
] as const;
