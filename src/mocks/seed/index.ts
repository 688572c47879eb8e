export {
  createSeed,
  SEED_EDITOR_IDS,
  SEED_LOCALES,
  SEED_PRNG_SEED,
  SEED_SITE_NAME,
} from './create-seed'
export type { CreateSeedOptions } from './create-seed'
export { SEED_MODELS } from './seed-schema'
export type { SeedModelKey, SeedModelSpec, SeedFieldSpec } from './seed-schema'
export { createPrng } from './prng'
export type { Prng } from './prng'
