/**
 * Settings: the name (or agency) and logo printed on client reports. The logo is read from a file
 * the user picks into a data: URL (never fetched from anywhere), checked for type and size.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { BRAND_LOGO_MAX_CHARS, BRAND_NAME_MAX } from '../../lib/storage/limits';
import { LogoSchema, type Brand } from '../../lib/storage/schema';
import { formatBytes } from '../format';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
/** Bytes of image that fit in BRAND_LOGO_MAX_CHARS once base64-encoded. */
const LOGO_MAX_BYTES = Math.floor(((BRAND_LOGO_MAX_CHARS - 30) * 3) / 4);

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

export function BrandForm({ brand, onSave }: { brand: Brand; onSave(b: Brand): Promise<void> }) {
  const [name, setName] = useState(brand.name);
  const [note, setNote] = useState('');
  useEffect(() => setName(brand.name), [brand.name]);

  async function pickLogo(file: File | undefined) {
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) return setNote(t('rep_logoType'));
    if (file.size > LOGO_MAX_BYTES) return setNote(t('rep_logoSize', [formatBytes(LOGO_MAX_BYTES)]));
    const url = await readDataUrl(file).catch(() => '');
    if (!LogoSchema.safeParse(url).success) return setNote(t('rep_logoType'));
    await onSave({ ...brand, name, logo: url });
    setNote(t('vet_saved'));
  }

  return (
    <section class="vet-card" aria-labelledby="vet-brand-heading">
      <h2 id="vet-brand-heading">{t('rep_brandHeading')}</h2>
      <p class="vet-muted">{t('rep_brandHint')}</p>
      <form
        class="vet-brand"
        onSubmit={(e) => {
          e.preventDefault();
          void onSave({ ...brand, name: name.trim() }).then(() => setNote(t('vet_saved')));
        }}
      >
        <label class="vet-number">
          <span>{t('rep_brandName')}</span>
          <input type="text" name="brand-name" maxLength={BRAND_NAME_MAX} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit" class="vet-button">
          {t('rep_brandSave')}
        </button>
        <label class="vet-file">
          <span>{t('rep_brandLogo')}</span>
          <input type="file" name="brand-logo" accept={LOGO_TYPES.join(',')} onChange={(e) => void pickLogo(e.currentTarget.files?.[0])} />
        </label>
        {brand.logo && (
          <span class="vet-row">
            <img src={brand.logo} alt={t('rep_brandLogoAlt')} class="vet-brand-logo" />
            <button type="button" class="vet-button vet-small" onClick={() => void onSave({ name: brand.name }).then(() => setNote(t('vet_saved')))}>
              {t('rep_brandLogoRemove')}
            </button>
          </span>
        )}
        <span class="vet-inline-status" role="status" aria-live="polite">
          {note}
        </span>
      </form>
    </section>
  );
}
