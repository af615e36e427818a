// Mutation fuzzing of the x adapter (tests/fuzz/support/adapters.ts).
import { fuzzSite } from './support/adapters';

fuzzSite('x');
