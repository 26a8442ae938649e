"""Reference values for test/compare/fairness-deltas-mutation.test.ts's regression case, NumPy alone.

    /usr/bin/python3 fairness-deltas-regression-reference.py PREDICTIONS.csv COUNTS.u32 RESAMPLES MIN_GROUP_SIZE CONFIDENCE

PREDICTIONS.csv: id,grp,label,head,base (grp text, no missing values). For each fairness summary of regression
(the max − min over groups of each group's MAE, RMSE and mean error = mean(prediction − target)), head − baseline
on the full data and on each paired resample (COUNTS.u32: RESAMPLES x rows little-endian uint32, row
multiplicities; the resampled rows are built with np.repeat). Groups with fewer than MIN_GROUP_SIZE rows on the
full data are left out; a resample on which a kept group has no rows gives NaN (dropped and counted). The interval
is np.quantile (linear) of the valid deltas. No code of the project is used.
"""
import csv
import json
import sys

import numpy as np


def summaries(grp, y, pred, kept):
    out = {"mae_max_gap": [], "rmse_max_gap": [], "mean_error_max_gap": []}
    for g in kept:
        m = grp == g
        if not m.any():
            return {k: float("nan") for k in out}
        e = pred[m] - y[m]
        out["mae_max_gap"].append(np.mean(np.abs(e)))
        out["rmse_max_gap"].append(np.sqrt(np.mean(e * e)))
        out["mean_error_max_gap"].append(np.mean(e))
    return {k: float(max(v) - min(v)) for k, v in out.items()}


def main(predictions, counts_file, resamples, min_group_size, confidence):
    with open(predictions) as f:
        rows = list(csv.DictReader(f))
    grp = np.array([r["grp"] for r in rows])
    y = np.array([float(r["label"]) for r in rows])
    head = np.array([float(r["head"]) for r in rows])
    base = np.array([float(r["base"]) for r in rows])
    n = len(rows)
    counts = np.fromfile(counts_file, dtype="<u4").reshape(resamples, n)
    values, sizes = np.unique(grp, return_counts=True)
    kept = [g for g, s in zip(values, sizes) if s >= min_group_size]
    full_h = summaries(grp, y, head, kept)
    full_b = summaries(grp, y, base, kept)
    stats = {k: [] for k in full_h}
    for r in range(resamples):
        idx = np.repeat(np.arange(n), counts[r])
        h = summaries(grp[idx], y[idx], head[idx], kept)
        b = summaries(grp[idx], y[idx], base[idx], kept)
        for k in stats:
            stats[k].append(h[k] - b[k])
    alpha = 1 - confidence
    out = {}
    for k, v in stats.items():
        v = np.array(v)
        valid = v[~np.isnan(v)]
        lo, hi = np.quantile(valid, [alpha / 2, 1 - alpha / 2])
        out[k] = {"head": full_h[k], "baseline": full_b[k], "delta": full_h[k] - full_b[k], "lower": float(lo), "upper": float(hi), "invalid": int(resamples - len(valid))}
    print(json.dumps({"grp": out}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
