"""The weather model's predict command in Python, for `mlops explain`: reads model.json (as train.py
or train.ts writes it: standardisation, weights, intercept), a CSV of rows with the raw columns
(date, precipitation, temp_max, temp_min, wind), and writes `score` = P(rain), one row per input
row, in order.

    python3 examples/weather/predict.py out/model/model.json INPUT.csv OUTPUT.csv
    mlops explain --data holdout.csv --label rain \\
      --predict "python3 examples/weather/predict.py out/model/model.json {input} {output}"

The features are train.py's own (imported from it).
"""
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import FEATURES  # noqa: E402

model_path, input_path, output_path = sys.argv[1:4]
model = json.loads(Path(model_path).read_text(encoding="utf-8"))
df = pd.read_csv(input_path)
z = np.full(len(df), float(model["intercept"]))
for f in model["features"]:
    z += f["weight"] * (FEATURES[f["name"]](df).to_numpy(dtype=float) - f["mean"]) / f["std"]
pd.DataFrame({"score": 1 / (1 + np.exp(-z))}).to_csv(output_path, index=False, float_format="%.17g")
