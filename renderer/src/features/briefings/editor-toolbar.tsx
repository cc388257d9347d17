import { useEditorState, type Editor } from '@tiptap/react';
import { useState, type FormEvent } from 'react';

interface Props {
  editor: Editor | null;
}

/** Formatting buttons; each names its shortcut. Active states follow the selection. */
export function EditorToolbar({ editor }: Props) {
  const [linking, setLinking] = useState<string | null>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            h1: e.isActive('heading', { level: 1 }),
            h2: e.isActive('heading', { level: 2 }),
            h3: e.isActive('heading', { level: 3 }),
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            bullets: e.isActive('bulletList'),
            numbers: e.isActive('orderedList'),
            link: e.isActive('link'),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null,
  });
  if (!editor || !state) return null;
  const chain = () => editor.chain().focus();

  function applyLink(event: FormEvent): void {
    event.preventDefault();
    const href = (linking ?? '').trim();
    if (!href) chain().extendMarkRange('link').unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href: /^[a-z]+:/i.test(href) ? href : `https://${href}` }).run();
    setLinking(null);
  }

  const button = (label: string, title: string, active: boolean, run: () => void, disabled = false) => (
    <button type="button" className="tool-button" aria-pressed={active} title={title} aria-label={title} disabled={disabled} onMouseDown={(e) => e.preventDefault()} onClick={run}>
      {label}
    </button>
  );

  return (
    <div className="editor-tools" role="toolbar" aria-label="Formatting">
      {button('↶', 'Undo (Ctrl+Z)', false, () => chain().undo().run(), !state.canUndo)}
      {button('↷', 'Redo (Ctrl+Shift+Z)', false, () => chain().redo().run(), !state.canRedo)}
      <span className="tool-gap" />
      {button('H1', 'Heading 1 (Ctrl+Alt+1)', state.h1, () => chain().toggleHeading({ level: 1 }).run())}
      {button('H2', 'Heading 2 (Ctrl+Alt+2)', state.h2, () => chain().toggleHeading({ level: 2 }).run())}
      {button('H3', 'Heading 3 (Ctrl+Alt+3)', state.h3, () => chain().toggleHeading({ level: 3 }).run())}
      <span className="tool-gap" />
      {button('B', 'Bold (Ctrl+B)', state.bold, () => chain().toggleBold().run())}
      {button('I', 'Italic (Ctrl+I)', state.italic, () => chain().toggleItalic().run())}
      {button('•', 'Bulleted list (Ctrl+Shift+8)', state.bullets, () => chain().toggleBulletList().run())}
      {button('1.', 'Numbered list (Ctrl+Shift+7)', state.numbers, () => chain().toggleOrderedList().run())}
      {linking === null ? (
        button('Link', 'Link', state.link, () => setLinking((editor.getAttributes('link').href as string | undefined) ?? ''))
      ) : (
        <form className="link-form" onSubmit={applyLink}>
          <input
            autoFocus
            aria-label="Link address"
            placeholder="https://… (empty removes the link)"
            value={linking}
            onChange={(e) => setLinking(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setLinking(null);
                editor.commands.focus();
              }
            }}
          />
          <button type="submit">Apply</button>
        </form>
      )}
    </div>
  );
}
