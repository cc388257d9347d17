import type { DragEvent } from 'react';
import { encodeStatementDrag, STATEMENT_DRAG_MIME, type StatementDragPayload } from '../../../../shared/domain/briefings';

/** Starts a statement drag any view can accept: the shared payload, plus the quote as plain text for other apps. */
export function startStatementDrag(event: DragEvent, payload: StatementDragPayload): void {
  event.dataTransfer.setData(STATEMENT_DRAG_MIME, encodeStatementDrag(payload));
  event.dataTransfer.setData('text/plain', payload.text);
  event.dataTransfer.effectAllowed = 'copy';
}
