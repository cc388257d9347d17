/**
 * The lower-case words that stand inside personal names: "Ursula von der Leyen", "Luiz Inacio Lula da
 * Silva", "Mohammed bin Salman", "José Eduardo dos Santos". Every reader of names and of the phrases
 * around them takes them from here, so a name is read whole wherever it appears.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'ibn', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'dos', 'du', 'el', 'la', 'le', 'ter', 'van', 'von']);
