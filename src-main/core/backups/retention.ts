/**
 * Which rolling backups to keep (DESIGN §3): the newest few, then one per hour for the last day,
 * one per day for the last week and one per week for the last months, so a change noticed late
 * still has a copy from before it. Pure: the caller lists the backups and deletes the rest.
 */
import { startOfDay, startOfHour, startOfISOWeek, subDays, subHours, subWeeks } from 'date-fns';

/** How many backups each tier keeps. */
export interface RetentionPolicy {
  /** the newest backups kept whatever their age */
  recent: number;
  /** one backup (the newest) per clock hour, for this many hours back */
  hours: number;
  /** one backup per calendar day, for this many days back */
  days: number;
  /** one backup per ISO week (Monday to Sunday), for this many weeks back */
  weeks: number;
}

/** 5 recent, 24 hourly, 7 daily, 13 weekly (about three months): at most ~49 backups. */
export const DEFAULT_RETENTION: RetentionPolicy = { recent: 5, hours: 24, days: 7, weeks: 13 };

/**
 * Selects the backups to keep. Buckets (hour, day, week) follow the local calendar; each tier
 * keeps the newest backup of each of its buckets that lies within its span of `now`. A backup
 * dated after `now` (a clock set back) is kept, so a clock change never wipes the backups.
 * @param taken when each backup was taken, in any order
 * @returns the indexes into `taken` to keep
 */
export function selectBackupsToKeep(taken: readonly Date[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): Set<number> {
  const newestFirst = taken.map((date, index) => ({ date, index })).sort((a, b) => b.date.getTime() - a.date.getTime());
  const keep = new Set<number>();
  for (const { date, index } of newestFirst) if (date.getTime() > now.getTime()) keep.add(index);
  const future = keep.size;
  for (const { index } of newestFirst.slice(future, future + policy.recent)) keep.add(index);
  const tiers: { since: Date; bucket: (d: Date) => number }[] = [
    { since: subHours(now, policy.hours), bucket: (d) => startOfHour(d).getTime() },
    { since: subDays(now, policy.days), bucket: (d) => startOfDay(d).getTime() },
    { since: subWeeks(now, policy.weeks), bucket: (d) => startOfISOWeek(d).getTime() },
  ];
  for (const tier of tiers) {
    const seen = new Set<number>();
    for (const { date, index } of newestFirst) {
      if (date.getTime() > now.getTime() || date.getTime() < tier.since.getTime()) continue;
      const bucket = tier.bucket(date);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(index);
    }
  }
  return keep;
}

