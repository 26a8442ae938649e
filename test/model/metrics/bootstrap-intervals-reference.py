"""Reference answers for bootstrap-intervals-mutation.test.ts (bootstrap.ts's seeding, resampling and intervals).

An independent port, integers only, of splitmix32 seeding, xoshiro128** 1.0 (Blackman & Vigna,
prng.di.unimi.it/xoshiro128starstar.c), Lemire's (2019) bounded draw and the murmur3 fmix32 finalizer that
gives each resample its own stream (bootstrap.ts's resampleSeed: fmix32(seed ^ fmix32(index + 0x9E3779B9))).
Intervals: NumPy's np.quantile (method "linear", its default) of the resample statistics that are not NaN, at
alpha / 2 and 1 - alpha / 2 with alpha = 1 - confidence (Efron & Tibshirani 1993, ch. 13).

Reads the question as JSON on stdin, writes the answers as JSON on stdout (NaN as null).
"""
import json
import math
import sys

import numpy as np

M = 0xFFFFFFFF


def splitmix32(x):
    while True:
        x = (x + 0x9E3779B9) & M
        z = x
        z = ((z ^ (z >> 16)) * 0x21F0AAAD) & M
        z = ((z ^ (z >> 15)) * 0x735A2D97) & M
        yield (z ^ (z >> 15)) & M


def rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & M


class X:
    def __init__(self, seed):
        g = splitmix32(seed & M)
        self.s = [next(g) for _ in range(4)]

    def next(self):
        s = self.s
        r = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 9) & M
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 11)
        return r

    def index(self, n):
        m = self.next() * n
        l = m & M
        if l < n:
            th = (2**32 - n) % n
            while l < th:
                m = self.next() * n
                l = m & M
        return m >> 32


def fmix32(z):
    z &= M
    z = ((z ^ (z >> 16)) * 0x21F0AAAD) & M
    z = ((z ^ (z >> 15)) * 0x735A2D97) & M
    return (z ^ (z >> 15)) & M


def resample_seed(seed, index):
    return fmix32((seed & M) ^ fmix32(index + 0x9E3779B9))


def counts_of(seed, n):
    x = X(seed)
    c = [0] * n
    for _ in range(n):
        c[x.index(n)] += 1
    return c


# The test's metrics over integer values x with integer weights w (sums exact in doubles, one division).
def mean(x, w):
    return sum(a * b for a, b in zip(x, w)) / sum(w)


def head2(x, w):  # the weighted mean of the first two rows: NaN when neither is drawn
    d = w[0] + w[1]
    return math.nan if d == 0 else (x[0] * w[0] + x[1] * w[1]) / d


def square(x, w):
    return sum(a * a * b for a, b in zip(x, w)) / sum(w)


METRICS = {'mean': mean, 'head2': head2, 'square': square, 'never': lambda x, w: math.nan}


def interval(stats, confidence):
    alpha = 1 - confidence
    valid = np.sort(np.array([s for s in stats if not math.isnan(s)], dtype=np.float64))
    if valid.size == 0:
        return math.nan, math.nan, len(stats)
    lo, hi = np.quantile(valid, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi), len(stats) - int(valid.size)


def nan_null(v):
    return None if isinstance(v, float) and math.isnan(v) else v


q = json.load(sys.stdin)
out = {
    'seeds': [resample_seed(s, i) for s, i in q['seeds']],
    'quantiles': [[float(v) for v in np.quantile(np.array(c['x'], dtype=np.float64), c['q'])] for c in q['quantiles']],
    'counts': [counts_of(c['seed'], c['n']) for c in q['counts']],
    'boot': [],
}
for b in q['boot']:
    x = b['values']
    names = b['metrics']
    stats = {name: [] for name in names}
    for r in range(b['resamples']):
        w = counts_of(resample_seed(b['seed'], r), len(x))
        for name in names:
            stats[name].append(METRICS[name](x, w))
    res = {}
    for name in names:
        lo, hi, invalid = interval(stats[name], b['confidence'])
        res[name] = {
            'estimate': nan_null(METRICS[name](x, [1] * len(x))),
            'lower': nan_null(lo),
            'upper': nan_null(hi),
            'invalid': invalid,
            'stats': [nan_null(s) for s in stats[name]],
        }
    out['boot'].append(res)
print(json.dumps(out))
