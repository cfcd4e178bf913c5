#!/usr/bin/env python3
"""Turns a labelled query file (../shared/eval format: query_id,name,type,country,birth_date,...)
into request bodies for screen.lua, one JSON object per line, in a fixed shuffled order."""
import csv
import json
import random
import sys

PURPOSES = ["INVESTMENT", "PAYMENT", "ONBOARDING", "IPO", "EXPORT"]

def main(src, dst, count):
    with open(src, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r.get("name")]
    random.Random(42).shuffle(rows)
    with open(dst, "w", encoding="utf-8") as out:
        for i, r in enumerate(rows[:count]):
            body = {"name": r["name"], "purpose": PURPOSES[i % len(PURPOSES)]}
            if r.get("type") in ("person", "organization"):
                body["type"] = r["type"]
            out.write(json.dumps(body, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3000)
