// Mutation fuzzing of the youtube adapter (tests/fuzz/support/adapters.ts).
import { fuzzSite } from './support/adapters';

fuzzSite('youtube');
