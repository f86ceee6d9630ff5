/** Checks on targets.csv: who a target belongs to and which city target it is a share of. */
import { at, type Rule } from './rows.ts';

const CITY = 'city';

export const scopeKnown: Rule = {
  table: 'targets',
  uses: ['parks'],
  check(rows, log) {
    const parks = new Set(rows('parks').map((park) => park.data.park_id));
    for (const target of rows('targets')) {
      const scope = target.data.scope;
      if (typeof scope !== 'string' || scope === CITY || parks.has(scope)) continue;
      log.add(at(target, 'scope'), {
        code: 'UNKNOWN_REFERENCE',
        zh: `列“scope”的值“${scope}”既不是 city，也不是 parks.csv 中的园区代码`,
        en: `column "scope": "${scope}" is neither city nor a park_id in parks.csv`,
      });
    }
  },
};

export const parentIsCityTarget: Rule = {
  table: 'targets',
  uses: [],
  check(rows, log) {
    const cityTargets = new Set(
      rows('targets').filter((target) => target.data.scope === CITY).map((target) => JSON.stringify([target.data.year, target.data.target_id])),
    );
    for (const target of rows('targets')) {
      const { parent_id: parent, year } = target.data;
      if (typeof parent !== 'string' || parent === '' || typeof year !== 'number') continue;
      if (cityTargets.has(JSON.stringify([year, parent]))) continue;
      log.add(at(target, 'parent_id'), {
        code: 'UNKNOWN_REFERENCE',
        zh: `列“parent_id”的值“${parent}”不是 ${year} 年度的全市（city）目标`,
        en: `column "parent_id": "${parent}" is not a city target of ${year}`,
      });
    }
  },
};
