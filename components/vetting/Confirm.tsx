/**
 * An inline confirmation for an action that cannot be undone (remove from the shortlist, delete
 * all data, discard set-aside data): the question, what it does, then confirm or cancel. Cancel
 * has the focus, so Enter never confirms by accident.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';

export function Confirm(props: { id: string; question: ComponentChildren; detail?: ComponentChildren; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const { id, question, detail, confirmLabel, onConfirm, onCancel } = props;
  return (
    <div class="vet-confirm" role="alertdialog" aria-labelledby={`${id}-q`} aria-describedby={detail ? `${id}-what` : undefined}>
      <p id={`${id}-q`}>{question}</p>
      {detail && <p id={`${id}-what`}>{detail}</p>}
      <div class="vet-row">
        <button type="button" class="vet-button vet-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="vet-button" autoFocus onClick={onCancel}>
          {t('vet_cancel')}
        </button>
      </div>
    </div>
  );
}
