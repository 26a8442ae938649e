/**
 * One cell as a reader gives it: CSV cells are strings (or null for a missing field), JSON Lines
 * cells JSON scalars, Parquet cells numbers, bigints, booleans, strings or Dates.
 */
export type CellValue = string | number | boolean | bigint | Date | null | undefined;
