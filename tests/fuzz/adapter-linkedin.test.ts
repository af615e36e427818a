// Mutation fuzzing of the linkedin adapter (tests/fuzz/support/adapters.ts).
import { fuzzSite } from './support/adapters';

fuzzSite('linkedin');
