"""Train the weather model in Python: will it rain today?

The same model as train.ts, with scikit-learn: a logistic regression on Seattle 2012-2014, scored on
the hold-out year (Seattle 2015) and on production data from elsewhere (New York 2015).

    python3 examples/weather/train.py --out out/model
    mlops train --model weather --params examples/weather/params.yaml ... -- python3 examples/weather/train.py --out out/model

Params: the JSON file in MLOPS_PARAMS_FILE (set by `mlops train`), else params.yaml next to this
script. Seed: MLOPS_SEED (given to scikit-learn as random_state; recorded in model.json). Output
folder: --out, else MLOPS_OUT_DIR, else out/model. Writes model.json, predictions.csv (Seattle 2015)
and predictions-new-york.csv (New York 2015), the predictions with columns
date,label,score,prediction,season, so `mlops evaluate` reads them as it reads train.ts's.

Needs only the standard library, numpy, pandas and scikit-learn.
"""
import argparse
import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def day_of_year(df):
    return pd.to_datetime(df["date"]).dt.dayofyear  # 1 for 1 January


# Every feature the params may list, computed from the data.
FEATURES = {
    "precipitation": lambda df: df["precipitation"],
    "log1p_precipitation": lambda df: np.log1p(df["precipitation"]),
    "temp_max": lambda df: df["temp_max"],
    "temp_min": lambda df: df["temp_min"],
    "wind": lambda df: df["wind"],
    "doy_sin": lambda df: np.sin(2 * np.pi * day_of_year(df) / 365.25),
    "doy_cos": lambda df: np.cos(2 * np.pi * day_of_year(df) / 365.25),
}

# Meteorological seasons (northern hemisphere), for evaluation slices; index = month - 1.
SEASONS = ["winter"] * 2 + ["spring"] * 3 + ["summer"] * 3 + ["autumn"] * 3 + ["winter"]


# The data files a model may train on (params `training_data`, a name under data/ without .csv).
TRAINING_DATA = ["seattle-2012-2014", "new-york-2015"]
DEFAULT_TRAINING_DATA = "seattle-2012-2014"


def read_params():
    path = os.environ.get("MLOPS_PARAMS_FILE")
    if path:
        with open(path, encoding="utf-8") as f:
            params = json.load(f)
    else:
        params = read_simple_yaml(HERE / "params.yaml")
    if params["model"] != "logistic_regression":
        raise SystemExit(f"params: model must be logistic_regression (got {params['model']})")
    unknown = [name for name in params["features"] if name not in FEATURES]
    if unknown:
        raise SystemExit(f"params: unknown feature(s) {unknown}; known: {', '.join(FEATURES)}")
    if params.get("training_data", DEFAULT_TRAINING_DATA) not in TRAINING_DATA:
        raise SystemExit(f"params: training_data must be one of {', '.join(TRAINING_DATA)} (got {params['training_data']!r})")
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.environ.get("MLOPS_OUT_DIR", "out/model"))
    out = Path(parser.parse_args().out)
    params = read_params()
    seed = int(os.environ.get("MLOPS_SEED", "0"))
    features = params["features"]

    def design(df):
        return np.column_stack([FEATURES[name](df).to_numpy(dtype=float) for name in features])

    def label(df):
        return (df["weather"] == "rain").astype(int).to_numpy()

    # Standardise with the training mean and (population) standard deviation, as StandardScaler does.
    training_data = params.get("training_data", DEFAULT_TRAINING_DATA)
    train = pd.read_csv(DATA / f"{training_data}.csv")
    raw = design(train)
    mean = raw.mean(axis=0)
    std = raw.std(axis=0)
    std[std == 0] = 1.0
    model = LogisticRegression(C=params["C"], max_iter=params["max_iter"], random_state=seed)
    model.fit((raw - mean) / std, label(train))

    out.mkdir(parents=True, exist_ok=True)
    weights = model.coef_[0]
    summary = {
        "model": params["model"],
        "trained_with": f"scikit-learn {sklearn.__version__} (Python)",
        "target": 'weather == "rain"',
        "features": [
            {"name": name, "mean": float(mean[j]), "std": float(std[j]), "weight": float(weights[j])}
            for j, name in enumerate(features)
        ],
        "intercept": float(model.intercept_[0]),
        "threshold": params["threshold"],
        "params": params,
        "seed": seed,
        "training": {"file": f"data/{training_data}.csv", "rows": len(train), "positives": int(label(train).sum())},
    }
    (out / "model.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    for data, name in [("seattle-2015", "predictions.csv"), ("new-york-2015", "predictions-new-york.csv")]:
        df = pd.read_csv(DATA / f"{data}.csv")
        score = model.predict_proba((design(df) - mean) / std)[:, 1]
        prediction = (score > params["threshold"]).astype(int)
        y = label(df)
        lines = [
            f"{date},{y[i]},{float(score[i])!r},{prediction[i]},{SEASONS[int(date[5:7]) - 1]}"
            for i, date in enumerate(df["date"])
        ]
        (out / name).write_text("date,label,score,prediction,season\n" + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{data}: {len(df)} rows, accuracy {(prediction == y).mean():.3f} -> {out / name}")
    print(f"model -> {out / 'model.json'}")


if __name__ == "__main__":
    main()
