"""Reference values for test/model/fairness-compas.test.ts, computed with pandas alone.

Reads ProPublica's COMPAS violent-recidivism file, applies ProPublica's filter (the violent
analysis in their compas-analysis notebook: screening within 30 days of the arrest, a known
recidivism flag, no ordinary traffic offence, a violence score present: 4,020 rows), writes a
predictions file for `mlops evaluate`, and prints, as JSON, every group's rates and every
across-group summary written out from the definitions (Fairlearn's, between groups, worst case):
no code of the project is used.

    /usr/bin/python3 fairness-compas-reference.py SOURCE.csv PREDICTIONS_OUT.csv MIN_GROUP_SIZE

Score: v_decile_score / 10 (a number in [0, 1] as evaluate wants); prediction: "high risk" when
v_decile_score >= 5 (ProPublica's Medium or High), which is also score > 0.45.
"""
import json
import sys

import pandas as pd

source, out, min_group_size = sys.argv[1], sys.argv[2], int(sys.argv[3])
raw = pd.read_csv(source)
df = raw[
    (raw.days_b_screening_arrest <= 30)
    & (raw.days_b_screening_arrest >= -30)
    & (raw.is_recid != -1)
    & (raw.c_charge_degree != "O")
    & (raw.v_score_text != "N/A")
].copy()
df["label"] = df["two_year_recid"].astype(int)
df["score"] = df["v_decile_score"] / 10
df["high_risk"] = (df["v_decile_score"] >= 5).astype(int)
df[["id", "race", "sex", "age_cat", "label", "score", "high_risk"]].to_csv(out, index=False)


def maybe(x):
    return None if pd.isna(x) else float(x)


result = {"rows": int(len(df)), "columns": {}}
for column in ["race", "sex", "age_cat"]:
    sizes = df.groupby(column).size()
    kept = sorted(sizes[sizes >= min_group_size].index)
    skipped = {str(k): int(v) for k, v in sizes[sizes < min_group_size].items()}
    sub = df[df[column].isin(kept)]
    by = sub.groupby(column)
    positives = sub[sub.label == 1].groupby(column)
    negatives = sub[sub.label == 0].groupby(column)
    selected = sub[sub.high_risk == 1].groupby(column)
    sel = by.high_risk.mean()
    tpr = positives.high_risk.mean()
    fpr = negatives.high_risk.mean()
    fnr = positives.high_risk.apply(lambda x: (1 - x).mean())
    precision = selected.label.mean()
    groups = {}
    for g in kept:
        groups[str(g)] = {
            "rows": int(sizes[g]),
            "positives": int(by.label.sum()[g]),
            "predicted_positives": int(by.high_risk.sum()[g]),
            "selection_rate": float(sel[g]),
            "tpr": maybe(tpr.get(g)),
            "fpr": maybe(fpr.get(g)),
            "fnr": maybe(fnr.get(g)),
            "precision": maybe(precision.get(g)),
            "base_rate": float(by.label.mean()[g]),
            "mean_score": float(by.score.mean()[g]),
        }
    summaries = {
        "demographic_parity_difference": float(sel.max() - sel.min()),
        "demographic_parity_ratio": float(sel.min() / sel.max()),
        "equalized_odds_difference": float(max(tpr.max() - tpr.min(), fpr.max() - fpr.min())),
        "equalized_odds_ratio": float(min(tpr.min() / tpr.max(), fpr.min() / fpr.max())),
        "equal_opportunity_difference": float(tpr.max() - tpr.min()),
        "disparate_impact_ratio": float(sel.min() / sel.max()),
    }
    result["columns"][column] = {"groups": groups, "skipped": skipped, "summaries": summaries}
json.dump(result, sys.stdout)
