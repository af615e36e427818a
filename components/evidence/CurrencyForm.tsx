/** Settings: the currency price bands are shown in, with the user's own rate (no rates are fetched). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/storage/schema';

type Currency = NonNullable<Settings['currency']>;

export function CurrencyForm({ currency, onSave }: { currency?: Currency; onSave(c: Currency | undefined): void }) {
  const [code, setCode] = useState(currency?.code ?? '');
  const [rate, setRate] = useState(currency ? String(currency.perUsd) : '');
  useEffect(() => {
    setCode(currency?.code ?? '');
    setRate(currency ? String(currency.perUsd) : '');
  }, [currency?.code, currency?.perUsd]);
  const valid = /^[A-Z]{3}$/.test(code) && Number(rate) > 0 && Number(rate) <= 10_000_000;
  return (
    <section class="vet-card" aria-labelledby="vet-currency-heading">
      <h2 id="vet-currency-heading">{t('vet_currencyHeading')}</h2>
      <p class="vet-muted">{t('vet_currencyHint')}</p>
      <form
        class="vet-retention"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onSave(code === 'USD' ? undefined : { code, perUsd: Number(rate) });
        }}
      >
        <label class="vet-number">
          <span>{t('vet_currencyCode')}</span>
          <input name="currency-code" required maxLength={3} pattern="[A-Za-z]{3}" value={code} onInput={(e) => setCode(e.currentTarget.value.toUpperCase())} />
        </label>
        <label class="vet-number">
          <span>{t('vet_currencyRate')}</span>
          <input name="currency-rate" type="number" min="0.000001" step="any" required value={rate} onInput={(e) => setRate(e.currentTarget.value)} />
        </label>
        <button type="submit" class="vet-button vet-primary" disabled={!valid}>
          {t('vet_save')}
        </button>
        {currency && (
          <button type="button" class="vet-button" onClick={() => onSave(undefined)}>
            {t('vet_currencyUsd')}
          </button>
        )}
      </form>
    </section>
  );
}
