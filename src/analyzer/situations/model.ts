// The situation models (rules/models/situations.json): one logistic model a category, trained by
// `npm run train` (src/train/) on the project's labelled drafts, over the features of features.ts.
// A draft's score is bias + Σ weights / √(number of features): the square root keeps a long post
// from adding up to a verdict by length alone. The file is checked with zod by the build's rule
// check; the analyzer only checks that its arrays agree.
import { z } from "zod";
import modelJson from "../../../rules/models/situations.json";
import { CATEGORIES } from "../constants.js";
import type { Category } from "../types.js";

export const situationModelSchema = z.lazy(() =>
  z
    .object({
      note: z.string().min(1),
      source: z.string().min(1),
      trainedOn: z.array(z.string()).min(1),
      drafts: z.number().int().positive(),
      categories: z.array(z.enum(CATEGORIES)).length(CATEGORIES.length),
      bias: z.array(z.number()),
      /** A category's weights are bytes (-127…127) times its scale. */
      scales: z.array(z.number().positive()),
      /** The probability at or above which a window is reported, a category. */
      threshold: z.array(z.number().gt(0).lt(1)),
      /** A phrase rule's warning in a window below this probability becomes a tip (0: never), a category. */
      demoteBelow: z.array(z.number().min(0).lt(1)),
      /** Feature keys separated by spaces, in the order of the weight rows. */
      features: z.string().min(1),
      /** Base64 of the signed bytes, row-major: feature i, category k at i × categories + k. */
      weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "base64"),
    })
    .strict()
    .superRefine((m, ctx) => {
      const n = m.features.split(" ").length;
      const k = m.categories.length;
      if ([m.bias, m.scales, m.threshold, m.demoteBelow].some((a) => a.length !== k)) ctx.addIssue({ code: "custom", message: "bias, scales, threshold and demoteBelow need one entry a category" });
      const bytes = decodeWeights(m.weights).length;
      if (bytes !== n * k) ctx.addIssue({ code: "custom", message: `weights: ${bytes} bytes for ${n} features × ${k} categories` });
    }),
);
export type SituationModelFile = z.infer<typeof situationModelSchema>;

/** The signed bytes of a base64 string. */
export function decodeWeights(base64: string): Int8Array {
  const binary = atob(base64);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = (binary.charCodeAt(i) << 24) >> 24;
  return out;
}

/** Checks the model file (the build's rule check calls it). */
export function checkSituationModel(data: unknown = modelJson): void {
  situationModelSchema.parse(data);
}

export class SituationModel {
  readonly categories: readonly Category[];
  private readonly rows = new Map<string, number>();
  private readonly weights: Float64Array;
  private readonly bias: Float64Array;
  readonly threshold: readonly number[];
  readonly demoteBelow: readonly number[];

  constructor(file: SituationModelFile) {
    this.categories = file.categories;
    const k = file.categories.length;
    const keys = file.features.split(" ");
    const bytes = decodeWeights(file.weights);
    if (bytes.length !== keys.length * k) throw new Error("rules/models/situations.json: weights and features disagree");
    keys.forEach((key, i) => this.rows.set(key, i));
    this.weights = Float64Array.from(bytes, (w, i) => w * (file.scales[i % k] as number));
    this.bias = Float64Array.from(file.bias);
    this.threshold = file.threshold;
    this.demoteBelow = file.demoteBelow;
  }

  /** The index of a category in the model's vectors. */
  indexOf(category: Category): number {
    return this.categories.indexOf(category);
  }

  /** The row of a feature's weights, -1 when the model does not know it. */
  rowOf(feature: string): number {
    return this.rows.get(feature) ?? -1;
  }

  /** Adds one row of weights to `sums` (one slot a category). */
  addRow(row: number, sums: Float64Array): void {
    const k = this.categories.length;
    for (let c = 0; c < k; c++) sums[c] = (sums[c] as number) + (this.weights[row * k + c] as number);
  }

  /** The weight of one feature for one category (0 when unknown). */
  weight(feature: string, category: number): number {
    const row = this.rows.get(feature);
    return row === undefined ? 0 : (this.weights[row * this.categories.length + category] as number);
  }

  /** The probability for category `c` of a window whose features' weights sum to `sum` over `count` features. */
  probability(c: number, sum: number, count: number): number {
    const z = (this.bias[c] as number) + sum / Math.sqrt(Math.max(count, 1));
    return 1 / (1 + Math.exp(-z));
  }
}

let shipped: SituationModel | undefined;

/** The model the project ships (built on first use). */
export function situationModel(): SituationModel {
  shipped ??= new SituationModel(modelJson as unknown as SituationModelFile);
  return shipped;
}
