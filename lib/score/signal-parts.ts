/** The shape every inflation signal returns (signals.ts, growth.ts, audience.ts): ids and numbers, worded by the UI. */
import { ph, type Phrase, type PhraseArg } from '../phrase';
import type { Evidence, Severity, Signal } from './types';

/** An evidence line: its label's message id (sigev_<id>) and the number. */
export const ev = (id: string, value: Evidence['value'], unit: Evidence['unit'], ...args: PhraseArg[]): Evidence => ({ label: ph(`sigev_${id}`, ...args), value, unit });

export function signal(id: string, severity: Severity, title: Phrase, evidence: Evidence[], explanation: Phrase): Signal {
  // Evidence stays plain JSON: a number that cannot be shown (a division by a count under 1) is left blank.
  const clean = evidence.map((e): Evidence => (typeof e.value === 'number' && !Number.isFinite(e.value) ? { label: e.label, value: '—', unit: 'text' } : e));
  return { id, severity, title, evidence: clean, explanation, points: 0 };
}

