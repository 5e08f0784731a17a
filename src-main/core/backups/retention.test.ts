import { addHours, addMinutes, startOfDay, startOfHour, startOfISOWeek, subHours } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, selectBackupsToKeep } from './retention.js';

const NOW = new Date('2026-06-15T12:30:00Z');

function kept(taken: Date[], now = NOW): Date[] {
  const keep = selectBackupsToKeep(taken, now);
  return taken.filter((_, i) => keep.has(i));
}

describe('selectBackupsToKeep', () => {
  it('keeps everything while there are only a few recent backups', () => {
    const taken = [0, 1, 2].map((m) => addMinutes(NOW, -m));
    expect(kept(taken)).toEqual(taken);
  });

  it('over four months of a backup every 20 minutes keeps recent, hourly, daily and weekly ones and nothing older', () => {
    const taken: Date[] = [];
    for (let t = subHours(NOW, 24 * 120); t <= NOW; t = addMinutes(t, 20)) taken.push(t);
    const result = kept(taken);
    const times = new Set(result.map((d) => d.getTime()));
    // the newest five, whatever their age
    for (const d of taken.slice(-DEFAULT_RETENTION.recent)) expect(times.has(d.getTime())).toBe(true);
    // exactly the newest backup of each hour of the last day, each day of the last week, each week of the last 13
    const newestPer = (bucket: (d: Date) => number, since: Date) => {
      const per = new Map<number, number>();
      for (const d of taken) if (d >= since) per.set(bucket(d), d.getTime());
      return [...per.values()];
    };
    const hourly = newestPer((d) => startOfHour(d).getTime(), subHours(NOW, 24));
    const daily = newestPer((d) => startOfDay(d).getTime(), subHours(NOW, 24 * 7));
    const weekly = newestPer((d) => startOfISOWeek(d).getTime(), subHours(NOW, 24 * 7 * 13));
    for (const t of [...hourly, ...daily, ...weekly]) expect(times.has(t)).toBe(true);
    const expected = new Set([...taken.slice(-5).map((d) => d.getTime()), ...hourly, ...daily, ...weekly]);
    expect([...times].sort()).toEqual([...expected].sort());
    // bounded: a 4-month history of 8,641 backups shrinks to at most recent + hours + days + weeks (+1 per partial bucket)
    expect(result.length).toBeLessThanOrEqual(5 + 25 + 8 + 14);
    expect(result.length).toBeGreaterThanOrEqual(24 + 6 + 12);
    // nothing older than 13 weeks survives
    expect(Math.min(...times)).toBeGreaterThanOrEqual(subHours(NOW, 24 * 7 * 13).getTime());
  });

  it('keeps a backup a day apart for each of the last seven days, and one a week apart beyond', () => {
    // noon UTC lies inside the same calendar day in every time zone between UTC-11 and UTC+11
    const days = Array.from({ length: 40 }, (_, i) => addHours(NOW, -24 * i - 0.5));
    const result = kept(days);
    for (const d of days.slice(0, 7)) expect(result).toContainEqual(d);
    // beyond a week only one per ISO week: 40 daily backups keep 7 daily ones + about one per older week
    expect(result.length).toBeLessThan(7 + 6 + 1);
    expect(result.length).toBeGreaterThan(7 + 3);
  });

  it('keeps backups dated after now (a clock set back) and still keeps the newest five before now', () => {
    const future = [addHours(NOW, 5), addHours(NOW, 30)];
    const old = Array.from({ length: 10 }, (_, i) => subHours(NOW, 24 * 200 + i));
    const result = kept([...future, ...old]);
    expect(result).toEqual([...future, ...old.slice(0, 5)]);
  });

  it('is a pure function of its input order: indexes refer to the given list', () => {
    const taken = [subHours(NOW, 24 * 400), NOW];
    expect([...selectBackupsToKeep(taken, NOW)].sort()).toEqual([0, 1]);
  });
});
