import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSentence } from '../src/modules/trust/fee-check';

// The labelled corpus: sentences written after public complaint reports, labour-bureau
// warnings and honest postings, in every job category and for courses and franchise text.
// The hold-out set was written before the rules were tuned and is never tuned on: its figures
// are the honest estimate of how the rules do on sentences nobody has seen.
const CORPUS = join(__dirname, '../src/modules/trust/fee-corpus');

interface Row { label: 'demand' | 'ok'; category: string; source: string; sentence: string }

function load(name: string): Row[] {
  const [header, ...lines] = readFileSync(join(CORPUS, `${name}.tsv`), 'utf8').trim().split('\n');
  expect(header).toBe('label\tcategory\tsource\tsentence');
  return lines.map((line) => {
    const [label, category, source, sentence] = line.split('\t');
    if ((label !== 'demand' && label !== 'ok') || !sentence) throw new Error(`bad corpus line in ${name}.tsv: ${line}`);
    return { label, category, source, sentence };
  });
}

function score(name: string, rows: Row[]) {
  const confusion = { demand: { refused: 0, passed: 0 }, ok: { refused: 0, passed: 0 } };
  const wrong: string[] = [];
  for (const row of rows) {
    const refused = readSentence(row.sentence) === 'demand';
    confusion[row.label][refused ? 'refused' : 'passed'] += 1;
    if (refused !== (row.label === 'demand')) wrong.push(`  ${row.label === 'demand' ? 'missed ' : 'flagged'}  ${row.category.padEnd(13)} ${row.sentence}`);
  }
  const recall = confusion.demand.refused / (confusion.demand.refused + confusion.demand.passed);
  const falseRate = confusion.ok.refused / (confusion.ok.refused + confusion.ok.passed);
  const precision = confusion.demand.refused / (confusion.demand.refused + confusion.ok.refused);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log([
    `fee corpus, ${name}: ${rows.length} sentences (${confusion.demand.refused + confusion.demand.passed} demand, ${confusion.ok.refused + confusion.ok.passed} ok)`,
    `                 refused  published`,
    `  label demand   ${String(confusion.demand.refused).padStart(7)}  ${String(confusion.demand.passed).padStart(9)}`,
    `  label ok       ${String(confusion.ok.refused).padStart(7)}  ${String(confusion.ok.passed).padStart(9)}`,
    `  recall (demands caught) ${pct(recall)}, honest flagged ${pct(falseRate)}, precision ${pct(precision)}`,
    ...(wrong.length ? ['  wrong:', ...wrong] : []),
  ].join('\n'));
  return { recall, falseRate, rows };
}

describe.each(['tuning', 'holdout'])('the fee rules on the %s corpus', (name) => {
  const rows = load(name);

  it('is a balanced corpus covering every job category, courses and franchise text', () => {
    const demands = rows.filter((r) => r.label === 'demand').length;
    expect(Math.abs(demands - (rows.length - demands))).toBeLessThanOrEqual(rows.length * 0.1);
    const categories = new Set(rows.map((r) => r.category));
    for (const c of ['FOOT_THERAPY', 'PEDICURE', 'TEA', 'CONSTRUCTION', 'FACTORY', 'CATERING', 'DOMESTIC', 'LOGISTICS', 'FARMING', 'OTHER', 'COURSE', 'FRANCHISE']) {
      expect([c, rows.some((r) => r.category === c && r.label === 'demand'), rows.some((r) => r.category === c && r.label === 'ok')]).toEqual([c, true, true]);
    }
    expect(categories.size).toBe(12);
  });

  it('catches at least 95 % of demands and flags at most 5 % of honest sentences', () => {
    const { recall, falseRate } = score(name, rows);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseRate).toBeLessThanOrEqual(0.05);
  });
});

it('holds at least 300 sentences, a quarter of them held out', () => {
  const tuning = load('tuning').length;
  const holdout = load('holdout').length;
  expect(tuning + holdout).toBeGreaterThanOrEqual(300);
  expect(holdout / (tuning + holdout)).toBeGreaterThanOrEqual(0.24);
  const all = [...load('tuning'), ...load('holdout')].map((r) => r.sentence);
  expect(new Set(all).size).toBe(all.length);
});
