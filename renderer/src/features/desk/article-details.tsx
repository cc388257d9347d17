import { useState, type FormEvent } from 'react';
import type { ArticleDetail } from '../../../../shared/domain/archive';
import { api } from '../../api/client';
import { formatArticleDate } from '../../app/format';
import { attempt, keepKeysInForm } from './notices';
import { FormFooter } from '../../app/form-footer';
import { TextField } from '../../app/text-field';

/** "12 Sep 2023", "Sep 2023", "2023", or "Date unknown": a missing date is never made up. */
export function describeDate(iso: string | null): string {
  if (!iso) return 'Date unknown';
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) {
    const date = new Date(`${iso}-01T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  }
  return formatArticleDate(iso);
}

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Title, outlet, author, date and language of an article, corrected by hand. */
export function ArticleDetailsForm({ article, onDone }: { article: Omit<ArticleDetail, 'text'>; onDone: () => void }) {
  const [title, setTitle] = useState(article.title ?? '');
  const [outlet, setOutlet] = useState(article.outlet ?? '');
  const [byline, setByline] = useState(article.byline ?? '');
  const [date, setDate] = useState(article.publishedAt?.slice(0, 10) ?? '');
  const [language, setLanguage] = useState(article.language ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const trimmedDate = date.trim();
    if (trimmedDate && !DATE_PATTERN.test(trimmedDate)) {
      setProblem(`“${trimmedDate}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty when unknown.`);
      return;
    }
    const lang = language.trim().toLowerCase();
    if (lang && !/^[a-z]{2,3}$/.test(lang)) {
      setProblem(`“${language}” is not a language code: write a two-letter code such as en or fr.`);
      return;
    }
    const saved = await attempt(
      'Saving the article details',
      api.invoke('articles.update', {
        id: article.id,
        changes: {
          title: title.trim() || null,
          outlet: outlet.trim() || null,
          byline: byline.trim() || null,
          // Keep a stored date-time when only its day is shown and unchanged.
          publishedAt: trimmedDate === (article.publishedAt?.slice(0, 10) ?? '') ? article.publishedAt : trimmedDate || null,
          language: lang || null,
        },
      }),
      'Article details saved',
    );
    if (saved) onDone();
  }

  return (
    <form className="details-form" aria-label="Article details" onSubmit={(event) => void save(event)} onKeyDown={keepKeysInForm}>
      <TextField label="Title" value={title} onChange={setTitle} />
      <TextField label="Outlet" value={outlet} onChange={setOutlet} />
      <TextField label="Author" value={byline} onChange={setByline} />
      <TextField label="Date" value={date} placeholder="Unknown (YYYY-MM-DD)" onChange={setDate} />
      <TextField label="Language" value={language} placeholder="e.g. en" onChange={setLanguage} />
      <FormFooter problem={problem} submitLabel="Save details" onCancel={onDone} />
    </form>
  );
}
