// Mutation fuzzing of the facebook adapter (tests/fuzz/support/adapters.ts).
import { fuzzSite } from './support/adapters';

fuzzSite('facebook');
