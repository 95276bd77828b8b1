/** Signals the database measured for one candidate person against what the screener typed. */
export interface MatchSignals {
  nameSimilarity: number; // trigram similarity of "first last", 0..1
  aliasSimilarity: number; // best trigram similarity over the person's aliases, 0..1
  firstSoundsAlike: boolean; // double metaphone codes equal
  lastSoundsAlike: boolean;
  /** The surname typed is one part of a compound or hyphenated surname ("Núñez" of "Núñez-O'Brien"). */
  surnamePart?: boolean;
  /** The address typed matches one of the person's addresses. */
  addressMatch?: boolean;
  dateOfBirth: 'exact' | 'day_month_swapped' | 'same_year' | 'differs' | 'unknown';
}

export interface RankedMatch {
  score: number; // 0..100
  matchedOn: string[];
}

/**
 * Ranks a candidate so that "Jon Smyth" born on the same day outranks an exact name with another
 * birth date. Weights are deliberate: name evidence up to 60 points, date of birth up to 40.
 */
export function rankMatch(signals: MatchSignals): RankedMatch {
  const matchedOn: string[] = [];
  const spelling = Math.max(signals.nameSimilarity, signals.aliasSimilarity);
  let nameScore = spelling * 40;
  if (signals.aliasSimilarity > signals.nameSimilarity && signals.aliasSimilarity >= 0.5) matchedOn.push('alias');
  else if (signals.nameSimilarity >= 0.5) matchedOn.push('name_spelling');
  if (signals.firstSoundsAlike && signals.lastSoundsAlike) {
    nameScore += 20;
    matchedOn.push('name_sound');
  } else if (signals.lastSoundsAlike) {
    nameScore += 10;
    matchedOn.push('last_name_sound');
  }
  if (signals.surnamePart) {
    nameScore += 20;
    matchedOn.push('surname');
  }
  // Enough on its own to list the person: a family is often known by where it lives.
  const addressScore = signals.addressMatch ? 30 : 0;
  if (signals.addressMatch) matchedOn.push('address');
  const dobScore = { exact: 40, day_month_swapped: 25, same_year: 12, differs: 0, unknown: 0 }[signals.dateOfBirth];
  if (signals.dateOfBirth === 'exact') matchedOn.push('date_of_birth');
  if (signals.dateOfBirth === 'day_month_swapped') matchedOn.push('date_of_birth_swapped');
  if (signals.dateOfBirth === 'same_year') matchedOn.push('birth_year');
  return { score: Math.min(100, Math.round(Math.min(60, nameScore) + dobScore + addressScore)), matchedOn };
}

/** Compares two ISO dates the way typing errors happen: exact, day and month swapped, same year. */
export function compareBirthDates(wanted: string | null | undefined, actual: string | null): MatchSignals['dateOfBirth'] {
  if (!wanted || !actual) return 'unknown';
  if (wanted === actual) return 'exact';
  const [wy, wm, wd] = wanted.split('-');
  const [ay, am, ad] = actual.split('-');
  if (wy === ay && wm === ad && wd === am) return 'day_month_swapped';
  if (wy === ay) return 'same_year';
  return 'differs';
}
