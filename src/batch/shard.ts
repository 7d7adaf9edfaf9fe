// --shard K/N: a deterministic share of the inputs for one machine of N. An input belongs
// to shard 1 + (h mod N), h the first 32 bits of the SHA-1 of its key (its path below the
// input folder). The key, not the absolute path, so every machine of a cluster computes the
// same partition whatever the mount point; a hash, not a position in the sorted list, so a
// file added to the corpus does not move the others to other shards.
import { createHash } from 'node:crypto'

export interface Shard {
  index: number
  count: number
}

/** "2/8" → { index: 2, count: 8 }; undefined for anything else. */
export function parseShard(text: string): Shard | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(text)
  if (!m) return undefined
  const index = Number(m[1])
  const count = Number(m[2])
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return undefined
  return { index, count }
}

export function shardOf(key: string, count: number): number {
  const h = createHash('sha1').update(key, 'utf8').digest().readUInt32BE(0)
  return 1 + (h % count)
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(key, shard.count) === shard.index
}
