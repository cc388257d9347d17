/** Two short wire stories with officials of three nations, written for these tests. */
export const SUMMIT = [
  'Allies weigh response to arms talks',
  '',
  'WASHINGTON, Sept 14 (Reuters) — Officials in three capitals answered the summit on Thursday.',
  '',
  '“We warn North Korea not to enter into an arms agreement with Russia,” Pentagon Deputy Spokesperson Sabrina Singh told reporters.',
  '',
  '“Any arms deal between the two would violate Security Council resolutions,” Japanese Chief Cabinet Secretary Hirokazu Matsuno said in Tokyo.',
  '',
].join('\n');

export const DIALOGUE = [
  'China calls for dialogue after summit',
  '',
  'BEIJING, Sept 15 (Xinhua) — China urged all sides to keep talking.',
  '',
  '“The relationship between the two countries is a matter for them alone,” Chinese Foreign Ministry spokesperson Wang Wenbin told a news briefing.',
  '',
].join('\n');
