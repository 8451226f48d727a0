"""Every accuracy table of sitreps: its own gold sets (events, resolve, attribution, linking) and real news.

Each stage's scorer lives in ``sitreps.evaluate``; this script only runs them one
after the other so one command shows where the pipeline stands (docs/accuracy.md).

    python benchmarks/accuracy.py [--skip-linking]
"""

from __future__ import annotations

import argparse

from sitreps.evaluate import attribution, events, linking, realnews, resolve
from sitreps.evaluate.realnews_gold import default_set_folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-linking", action="store_true", help="skip linking (loads the sentence model)")
    parser.add_argument("--skip-realnews", action="store_true", help="skip the real-news set (../shared/realnews-dev)")
    args = parser.parse_args()
    for split in ("dev", "heldout"):
        print(f"## Events ({split})\n")
        print(events.report(events.score_items(events.load_gold(split))), "\n")
    print("## Resolve\n")
    resolve.main()
    print("\n## Attribution\n")
    attribution.main()
    if not args.skip_linking:
        print("\n## Linking\n")
        for name, value in linking.score().items():
            print(f"{name:32} {value:.3f}")
    if not args.skip_realnews and default_set_folder().is_dir():
        for split in ("dev", "test"):
            print(f"\n## Real news ({split}): linked event rows against ACLED-style gold\n")
            print(realnews.evaluate(split).render())


if __name__ == "__main__":
    main()
