/** The popup's non-breakdown states: each says what is happening and what the user can do. */
import { t } from '../lib/i18n';

export function StateMessage({ title, body }: { title: string; body: string }) {
  return (
    <section class="state" role="status">
      <h1>{title}</h1>
      <p>{body}</p>
    </section>
  );
}

export function stateText(status: string, detail?: string): { title: string; body: string } {
  const key = status.replace(/-/g, '_'); // message names allow only [A-Za-z0-9_]
  const body = t(`state_${key}_body`);
  return { title: t(`state_${key}_title`), body: detail ? `${body} ${detail}` : body };
}
