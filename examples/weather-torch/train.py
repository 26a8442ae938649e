"""Train the rain model with PyTorch: a small MLP, deterministic for a seed.

The task of examples/weather (does it rain today in Seattle?) with a one-hidden-layer network, trained
on Seattle 2012-2014 and scored on the hold-out year (Seattle 2015), on the CPU.

    python3 examples/weather-torch/train.py --out out/torch
    mlops train --model weather-torch --params examples/weather-torch/params.yaml ... --check-determinism \\
      -- python3 examples/weather-torch/train.py --out out/torch

Params: the JSON file in MLOPS_PARAMS_FILE (set by `mlops train`), else params.yaml next to this
script. Seed: MLOPS_SEED. Output folder: --out, else MLOPS_OUT_DIR, else out/torch. Writes
model.pt (the state dict, with the feature means and standard deviations as buffers),
predictions.csv (date,label,score,prediction,season, read by `mlops evaluate`) and metrics.json
(training and hold-out metrics, read by `mlops evaluate --import`).

Deterministic: the seed sets every random number (initial weights, batch order), PyTorch is told
to use deterministic algorithms only and one thread (a sum split across threads may be added in
another order), so the same seed writes byte-identical files. Needs only the standard library and
torch.
"""
import argparse
import csv
import datetime
import json
import math
import os
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
# The data of examples/weather: NOAA daily summaries, cut from vega-datasets (see its README).
DATA = HERE.parent / "weather" / "data"

def day_of_year(row):
    return datetime.date.fromisoformat(row["date"]).timetuple().tm_yday  # 1 for 1 January


# Every feature the params may list, computed from a row of the CSV.
FEATURES = {
    "precipitation": lambda r: float(r["precipitation"]),
    "log1p_precipitation": lambda r: math.log1p(float(r["precipitation"])),
    "temp_max": lambda r: float(r["temp_max"]),
    "temp_min": lambda r: float(r["temp_min"]),
    "wind": lambda r: float(r["wind"]),
    "doy_sin": lambda r: math.sin(2 * math.pi * day_of_year(r) / 365.25),
    "doy_cos": lambda r: math.cos(2 * math.pi * day_of_year(r) / 365.25),
}

# Meteorological seasons (northern hemisphere), for evaluation slices; index = month - 1.
SEASONS = ["winter"] * 2 + ["spring"] * 3 + ["summer"] * 3 + ["autumn"] * 3 + ["winter"]


def read_params():
    path = os.environ.get("MLOPS_PARAMS_FILE")
    if path:
        with open(path, encoding="utf-8") as f:
            params = json.load(f)
    else:
        params = read_simple_yaml(HERE / "params.yaml")
    if params.get("model") != "mlp":
        raise SystemExit(f"params: model must be mlp (got {params.get('model')!r})")
    unknown = [name for name in params["features"] if name not in FEATURES]
    if unknown:
        raise SystemExit(f"params: unknown feature(s) {unknown}; known: {', '.join(FEATURES)}")
    return params


def read_simple_yaml(path):
    """params.yaml without PyYAML: flat `key: value` lines, values being numbers, words or [a, b] lists."""
    def value(text):
        if text.startswith("["):
            return [value(item.strip()) for item in text[1:-1].split(",") if item.strip()]
        for kind in (int, float):
            try:
                return kind(text)
            except ValueError:
                pass
        return text.strip("\"'")

    params = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split(" #")[0].strip()
        if line and not line.startswith("#"):
            key, _, text = line.partition(":")
            params[key.strip()] = value(text.strip())
    return params


def read_rows(name):
    with open(DATA / f"{name}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class RainNet(torch.nn.Module):
    """Standardise (training mean and population std, kept as buffers), one tanh layer, one logit."""

    def __init__(self, n_features, hidden, mean, std):
        super().__init__()
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        self.hidden = torch.nn.Linear(n_features, hidden)
        self.out = torch.nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(torch.tanh(self.hidden((x - self.mean) / self.std))).squeeze(-1)


def roc_auc(labels, scores):
    """Mann-Whitney U with average ranks for ties (what scikit-learn's roc_auc_score computes)."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    positives = sum(labels)
    negatives = len(labels) - positives
    rank_sum = sum(r for r, y in zip(ranks, labels) if y == 1)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.environ.get("MLOPS_OUT_DIR", "out/torch"))
    out = Path(parser.parse_args().out)
    params = read_params()
    seed = int(os.environ.get("MLOPS_SEED", "0"))

    # Determinism: one seed for every random number, deterministic kernels only, one thread.
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)
    generator = torch.Generator().manual_seed(seed)

    features = params["features"]

    def design(rows):
        return torch.tensor([[FEATURES[name](r) for name in features] for r in rows], dtype=torch.float32)

    def label(rows):
        return torch.tensor([1.0 if r["weather"] == "rain" else 0.0 for r in rows])

    train_rows = read_rows("seattle-2012-2014")
    x, y = design(train_rows), label(train_rows)
    std = x.std(dim=0, unbiased=False)
    std[std == 0] = 1.0
    model = RainNet(len(features), int(params["hidden"]), x.mean(dim=0), std)
    optimiser = torch.optim.Adam(model.parameters(), lr=params["learning_rate"], weight_decay=params["weight_decay"])
    loss_fn = torch.nn.BCEWithLogitsLoss()
    batch = int(params["batch_size"])
    for _ in range(int(params["epochs"])):
        order = torch.randperm(len(y), generator=generator)
        for start in range(0, len(y), batch):
            idx = order[start:start + batch]
            optimiser.zero_grad()
            loss_fn(model(x[idx]), y[idx]).backward()
            optimiser.step()

    model.eval()
    out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), out / "model.pt")
    threshold = params["threshold"]
    metrics = {}
    with torch.no_grad():
        train_logits = model(x)
        metrics["train"] = {
            "log_loss": float(loss_fn(train_logits, y)),
            "accuracy": float(((torch.sigmoid(train_logits) > threshold).float() == y).float().mean()),
        }
        rows = read_rows("seattle-2015")
        hx, hy = design(rows), label(rows)
        logits = model(hx)
        scores = torch.sigmoid(logits).tolist()
    labels = [int(v) for v in hy.tolist()]
    predictions = [1 if s > threshold else 0 for s in scores]
    metrics["holdout"] = {
        "log_loss": float(loss_fn(logits, hy)),
        "accuracy": sum(p == t for p, t in zip(predictions, labels)) / len(labels),
        "roc_auc": roc_auc(labels, scores),
    }
    # repr of the float32 score widened to a double: every bit of it, so a byte-identical file
    # means identical scores, not scores that round alike.
    lines = [
        f"{r['date']},{labels[i]},{scores[i]!r},{predictions[i]},{SEASONS[int(r['date'][5:7]) - 1]}"
        for i, r in enumerate(rows)
    ]
    (out / "predictions.csv").write_text("date,label,score,prediction,season\n" + "\n".join(lines) + "\n", encoding="utf-8")
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"torch {torch.__version__}, seed {seed}: trained on {len(train_rows)} rows")
    print(f"seattle-2015: {len(rows)} rows, accuracy {metrics['holdout']['accuracy']:.3f}, ROC AUC {metrics['holdout']['roc_auc']:.3f} -> {out / 'predictions.csv'}")


if __name__ == "__main__":
    main()
