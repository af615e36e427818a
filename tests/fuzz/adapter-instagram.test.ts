// Mutation fuzzing of the instagram adapter (tests/fuzz/support/adapters.ts).
import { fuzzSite } from './support/adapters';

fuzzSite('instagram');
