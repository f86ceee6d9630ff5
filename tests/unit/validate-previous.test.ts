import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { placed, validText, variant, withLine } from '../fixtures/validate/helpers.ts';

const EARLIER = 'snapshots/2024/previous/2025-03-01';
const revised = validText('snapshots/2024/snapshot.json').replace('"final"', '"revised"');
/** 2024 revised: its earlier version had another tax figure for P1 (line 2 of values.csv). */
const revision = (changes: Record<string, string | null> = {}) => variant({
  'snapshots/2024/snapshot.json': revised,
  [`${EARLIER}/values.csv`]: withLine('snapshots/2024/values.csv', 2, 'P1,tax_per_mu,99,'),
  ...changes,
});

describe('validateDataFolder: earlier versions of a revised period', () => {
  it('reads an earlier version beside the current one, files left out as null', async () => {
    const { dataset, issues } = await validateDataFolder(revision());
    expect(issues).toEqual([]);
    expect(dataset!.previousVersions).toHaveLength(1);
    const [version] = dataset!.previousVersions;
    expect(version).toMatchObject({ period: '2024', published: '2025-03-01', benchmarks: null, adjustments: null });
    expect(version!.values).toHaveLength(dataset!.values.filter((v) => v.period === '2024').length);
    expect(version!.values[0]).toEqual({ period: '2024', park_id: 'P1', indicator_id: 'tax_per_mu', value: 99, note: '' });
    expect(dataset!.values.find((v) => v.period === '2024' && v.park_id === 'P1' && v.indicator_id === 'tax_per_mu')?.value).not.toBe(99);
  });

  it('checks an earlier file with the same rules, naming it by its own path', async () => {
    const { dataset, issues } = await validateDataFolder(revision({
      [`${EARLIER}/values.csv`]: withLine('snapshots/2024/values.csv', 3, 'P9,tax_per_mu,abc,'),
      [`${EARLIER}/adjustments.csv`]: 'park_id,kind,points,reason_zh\nP2,bonus,,加分\n',
    }));
    expect(dataset).toBeNull();
    // P1 lost its energy row to P9's; P9 has one row only.
    expect(placed(issues)).toEqual([
      `${EARLIER}/values.csv:null:null INCOMPLETE_VALUES`,
      `${EARLIER}/values.csv:null:null INCOMPLETE_VALUES`,
      `${EARLIER}/values.csv:3:1 UNKNOWN_REFERENCE`,
      `${EARLIER}/values.csv:3:3 BAD_NUMBER`,
      `${EARLIER}/adjustments.csv:2:3 MISSING_VALUE`,
    ]);
  });

  it('requires values.csv in an earlier version', async () => {
    const { issues } = await validateDataFolder(revision({
      [`${EARLIER}/values.csv`]: null,
      [`${EARLIER}/benchmarks.csv`]: validText('snapshots/2024/benchmarks.csv'),
    }));
    expect(placed(issues)).toEqual([`${EARLIER}/values.csv:null:null MISSING_FILE`]);
  });

  it('wants the folder named by a date before the period was published', async () => {
    const values = validText('snapshots/2024/values.csv');
    const { dataset, issues } = await validateDataFolder(revision({
      'snapshots/2024/previous/2025-13-01/values.csv': values,
      'snapshots/2024/previous/2025-04-15/values.csv': values,
    }));
    expect(dataset).toBeNull();
    expect(placed(issues)).toEqual([
      'snapshots/2024/previous/2025-04-15/:null:null BAD_PREVIOUS_FOLDER',
      'snapshots/2024/previous/2025-13-01/:null:null BAD_PREVIOUS_FOLDER',
    ]);
    expect(issues[0]!.zh).toContain('不早于本期发布日期 2025-04-15');
  });

  it('warns when the status and the earlier versions kept disagree', async () => {
    const unmarked = await validateDataFolder(revision({ 'snapshots/2024/snapshot.json': validText('snapshots/2024/snapshot.json') }));
    expect(placed(unmarked.issues)).toEqual(['snapshots/2024/snapshot.json:null:null REVISION_STATUS']);
    expect(unmarked.dataset?.previousVersions).toHaveLength(1);
    const bare = await validateDataFolder(variant({ 'snapshots/2024/snapshot.json': revised }));
    expect(placed(bare.issues)).toEqual(['snapshots/2024/snapshot.json:null:null REVISION_STATUS']);
    expect(bare.issues[0]!.en).toBe('field "status" is revised, but previous/ keeps no earlier version');
  });
});
