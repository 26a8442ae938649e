/**
 * A deterministic binary predictions file (`id,label,score,prediction`): the same labels for every
 * `quality` under one seed, scores that separate the classes better as `quality` grows, so two files
 * make two comparable models paired by id.
 */
export function binaryPredictionsCsv(quality: number, options: { rows: number; seed: number }): string {
  let s = options.seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rows = ['id,label,score,prediction'];
  for (let i = 0; i < options.rows; i++) {
    const label = rand() < 0.4 ? 1 : 0;
    const score = Math.min(1, Math.max(0, quality * label + (1 - quality) * rand()));
    rows.push(`r${i},${label},${score.toFixed(4)},${score >= 0.5 ? 1 : 0}`);
  }
  return `${rows.join('\n')}\n`;
}
