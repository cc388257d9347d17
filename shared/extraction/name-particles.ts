/**
 * The lower-case words that stand inside names: "Ursula von der Leyen", "Luiz Inacio Lula da Silva",
 * "Mohammed bin Salman", "José Eduardo dos Santos", "Mato Grosso do Sul", "Dar es Salaam". Every reader of
 * names and of the phrases around them takes them from here, so a name is read whole wherever it appears.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'binti', 'ibn', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'des', 'di', 'do', 'dos', 'du', 'el', 'es', 'la', 'las', 'le', 'los', 'ter', 'van', 'von']);

// "al-Sudani", "el-Sisi", "bin-Salman": an Arabic article or patronymic joined to a capitalised name.
const JOINED_PARTICLE_RE = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u;

/** A name word that opens in lower case with a joined particle ("al-Tayeb" in "Mubarak al-Tayeb Osman"). */
export function isJoinedParticleWord(word: string): boolean {
  return JOINED_PARTICLE_RE.test(word);
}
