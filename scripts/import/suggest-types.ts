// Suggests clause types for an imported clause from the annotated library: how close the
// clause is to each type's centroid, and its nearest neighbours among the library's clauses of
// the same language, each voting for its types by its similarity (cosine of TF-IDF vectors
// over character n-grams of words, so that Dutch compounds, "subverwerker", "sub-verwerkers",
// "verwerkersovereenkomst", meet their parts). The section heading a clause stands under is part of its text:
// "Artikel 7: Datalekken" says much about the clauses below it.

export interface LabelledText {
  text: string;
  /** The clause's types, main type first. */
  types: readonly string[];
}

export interface Suggestion {
  type: string;
  /** The type's share of the votes, 0 to 1 (not rounded). */
  score: number;
}

// The settings below were chosen on the development contracts (leave-one-contract-out,
// bench:import), from a plateau rather than a peak: K 5–15 and sharpness 3–8 are within 0.05.
/** Neighbours that vote; more add noise from clauses that merely share the contract's vocabulary. */
const NEIGHBOURS = 10;
/** A secondary type counts for less than the main one. */
const SECONDARY_WEIGHT = 0.5;
/** Similarity is sharpened so that the closest clauses decide. */
const SHARPNESS = 5;
/**
 * The share of the score from the types' centroids (the mean of their clauses and their own
 * description), the rest from the neighbours: the centroids weigh a type with few clauses as
 * much as a frequent one, the neighbours catch a clause much like one seen before.
 */
const CENTROID_SHARE = 0.7;
const GRAM = 4;

type Vector = Map<string, number>;

/** The features of a text: lower-cased words, and the character 4-grams of each word with its edges marked. */
export function features(text: string): string[] {
  const words = text.toLowerCase().normalize("NFC").match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
  const result: string[] = [];
  for (const word of words) {
    if (word.length < 3) continue;
    result.push(`w:${word}`);
    const marked = `_${word}_`;
    for (let index = 0; index + GRAM <= marked.length; index++) result.push(marked.slice(index, index + GRAM));
  }
  return result;
}

export class TypeSuggester {
  private readonly idf = new Map<string, number>();
  private readonly vectors: { vector: Vector; types: readonly string[] }[];
  private readonly centroids = new Map<string, Vector>();

  constructor(examples: readonly LabelledText[]) {
    const documents = examples.map((example) => features(example.text));
    const frequency = new Map<string, number>();
    for (const terms of documents) for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    for (const [term, count] of frequency) this.idf.set(term, Math.log((1 + documents.length) / (1 + count)) + 1);
    this.vectors = documents.map((terms, index) => ({ vector: this.vector(terms), types: examples[index]!.types }));
    for (const { vector, types } of this.vectors) {
      types.forEach((type, index) => {
        const centroid = this.centroids.get(type) ?? new Map<string, number>();
        const weight = index === 0 ? 1 : SECONDARY_WEIGHT;
        for (const [term, value] of vector) centroid.set(term, (centroid.get(term) ?? 0) + weight * value);
        this.centroids.set(type, centroid);
      });
    }
    for (const centroid of this.centroids.values()) {
      const norm = Math.sqrt([...centroid.values()].reduce((sum, value) => sum + value * value, 0));
      for (const [term, value] of centroid) centroid.set(term, value / norm);
    }
  }

  /** Clause types for a text, best first, with scores that add up to at most 1. */
  suggest(text: string, max = 3): Suggestion[] {
    const query = this.vector(features(text));
    const neighbours = this.vectors
      .map(({ vector, types }) => ({ types, similarity: cosine(query, vector) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, NEIGHBOURS);
    const votes = new Map<string, number>();
    let total = 0;
    for (const { types, similarity } of neighbours) {
      const weight = similarity ** SHARPNESS;
      types.forEach((type, index) => {
        const vote = weight * (index === 0 ? 1 : SECONDARY_WEIGHT);
        votes.set(type, (votes.get(type) ?? 0) + vote);
        total += vote;
      });
    }
    if (!total) return [];
    const near = [...this.centroids].map(([type, centroid]) => [type, cosine(query, centroid) ** SHARPNESS] as const);
    const nearTotal = near.reduce((sum, [, value]) => sum + value, 0) || 1;
    const combined = new Map<string, number>();
    for (const [type, value] of near) combined.set(type, CENTROID_SHARE * (value / nearTotal));
    for (const [type, vote] of votes) combined.set(type, (combined.get(type) ?? 0) + (1 - CENTROID_SHARE) * (vote / total));
    return [...combined]
      .map(([type, score]) => ({ type, score }))
      .sort((a, b) => b.score - a.score || a.type.localeCompare(b.type))
      .slice(0, max);
  }

  private vector(terms: readonly string[]): Vector {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, count] of counts) {
      // Terms the library never saw carry no evidence about its types.
      const idf = this.idf.get(term);
      if (idf === undefined) continue;
      const weight = (1 + Math.log(count)) * idf;
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  }
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}
