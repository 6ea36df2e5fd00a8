/** The shape of bench/results/latest.json: one record per part, merged across runs of single parts. */
import type { Machine } from './machine';
import type { BrowserResult } from './part-browser';
import type { BundleResult } from './part-bundle';
import type { CheckthatResult } from './part-checkthat';
import type { CliResult } from './part-cli';
import type { EmergentResult } from './part-emergent';
import type { HostileResult } from './part-hostile';
import type { PacksResult } from './part-packs';
import type { QualityResult } from './part-quality';
import type { SpeedResult } from './part-speed';
import type { StoreResult } from './part-store';

export interface PartRecord<T> {
  takenAt: string;
  quick: boolean;
  runs: number;
  machine: Machine;
  seconds: number;
  missing: string[];
  result: T | null;
}

export interface LatestResults {
  machine?: Machine;
  updatedAt?: string;
  parts: {
    quality?: PartRecord<QualityResult>;
    checkthat?: PartRecord<CheckthatResult>;
    emergent?: PartRecord<EmergentResult>;
    speed?: PartRecord<SpeedResult>;
    store?: PartRecord<StoreResult>;
    packs?: PartRecord<PacksResult>;
    hostile?: PartRecord<HostileResult>;
    bundle?: PartRecord<BundleResult>;
    cli?: PartRecord<CliResult>;
    browser?: PartRecord<BrowserResult>;
  };
}
