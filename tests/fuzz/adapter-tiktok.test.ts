// Mutation fuzzing of the tiktok adapter (tests/fuzz/support/adapters.ts).
import { fuzzSite } from './support/adapters';

fuzzSite('tiktok');
