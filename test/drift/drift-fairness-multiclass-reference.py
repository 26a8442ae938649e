"""Reference values for the multiclass case of test/drift/drift-fairness.test.ts, pandas alone.

    /usr/bin/python3 drift-fairness-multiclass-reference.py PRODUCTION.csv MIN_GROUP_SIZE

Rows without a label (delayed outcomes) are left out. For every class c, one-vs-rest (label == c,
prediction == c), and the sensitive column grp: the across-group summaries from the definitions
(Fairlearn's, between groups, worst case), over the groups with at least MIN_GROUP_SIZE labelled
rows; a rate's groups are those where it is defined (TPR: with positives, FPR: with negatives).
Prints {class: {summary: value or null}} as JSON. No code of the project is used.
"""
import json
import sys

import numpy as np
import pandas as pd

df = pd.read_csv(sys.argv[1], dtype={"label": str, "pred": str, "grp": str}, keep_default_na=False, na_values=[""])
min_group_size = int(sys.argv[2])
df = df[df.label.notna()]


def spread(s):
    return None if len(s) < 2 or s.isna().any() else float(s.max() - s.min())


def ratio(s):
    return None if len(s) < 2 or s.isna().any() or s.max() == 0 else float(s.min() / s.max())


sizes = df.groupby("grp").size()
kept = sorted(sizes[sizes >= min_group_size].index)
sub = df[df.grp.isin(kept)]
out = {}
for c in sorted(df.label.unique()):
    y = (sub.label == c).astype(int)
    p = (sub.pred == c).astype(int)
    d = pd.DataFrame({"grp": sub.grp, "y": y, "p": p})
    sel = d.groupby("grp").p.mean()
    tpr = d[d.y == 1].groupby("grp").p.mean()
    fpr = d[d.y == 0].groupby("grp").p.mean()
    eod = None if spread(tpr) is None or spread(fpr) is None else max(spread(tpr), spread(fpr))
    eor = None if ratio(tpr) is None or ratio(fpr) is None else min(ratio(tpr), ratio(fpr))
    out[c] = {
        "demographic_parity_difference": spread(sel),
        "demographic_parity_ratio": ratio(sel),
        "equalized_odds_difference": eod,
        "equalized_odds_ratio": eor,
        "equal_opportunity_difference": spread(tpr),
        "disparate_impact_ratio": ratio(sel),
    }
print(json.dumps(out))
