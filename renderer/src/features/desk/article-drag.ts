/** A library row dragged onto the desk carries its article id under this type (never as text or a URL). */
export const ARTICLE_DRAG_TYPE = 'application/x-parley-article';

export function carriesArticle(types: readonly string[]): boolean {
  return types.includes(ARTICLE_DRAG_TYPE);
}

export function draggedArticleId(data: DataTransfer): number | null {
  const raw = data.getData(ARTICLE_DRAG_TYPE);
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
