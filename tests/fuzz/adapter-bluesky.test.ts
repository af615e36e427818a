// Mutation fuzzing of the bluesky adapter (tests/fuzz/support/adapters.ts).
import { fuzzSite } from './support/adapters';

fuzzSite('bluesky');
