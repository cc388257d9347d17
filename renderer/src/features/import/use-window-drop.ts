import { useEffect, useEffectEvent, useState } from 'react';
import { collectDroppedFiles, type CollectedFiles } from './picked-file';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Files and folders dropped anywhere on the window. Returns whether a drag with files
 * is over the window, for the overlay. Drops of anything else (text, links) are ignored,
 * and the browser never navigates to a dropped file.
 */
export function useWindowDrop(onDrop: (collected: CollectedFiles) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const onFilesDropped = useEffectEvent(onDrop);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer || !carriesFiles(event)) return;
      event.preventDefault();
      void collectDroppedFiles(event.dataTransfer).then((collected) => onFilesDropped(collected));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return dragging;
}
