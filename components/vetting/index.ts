/** What the popup's breakdown (components/Breakdown.tsx) shows from the vetting features. */
export { ShortlistButton } from './ShortlistButton';
export { AccountGrowth } from './AccountGrowth';
