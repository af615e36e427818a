// Mutation fuzzing of the twitch adapter (tests/fuzz/support/adapters.ts).
import { fuzzSite } from './support/adapters';

fuzzSite('twitch');
