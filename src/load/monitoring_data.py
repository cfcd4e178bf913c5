#!/usr/bin/env python3
"""Data for src/load/monitoring-bench.sh, generated reproducibly (seeded) from ../shared/data.

  monitoring_data.py parties N OUT_PREFIX BATCH   -> OUT_PREFIX-00000.csv ... (batch CSV format)
  monitoring_data.py list K PARTIES_CSV_DIR OUT    -> a custom list (id,name,aliases,programs)

Parties: about 88% persons (first, sometimes middle, and last names of one locale from the Faker
name components, sometimes "LAST, First"), 10% organisations (real non-sanctioned company names, or
surname-based ones with a legal form) and 2% names taken from OFAC's aliases with one letter
changed, dropped or doubled. The list's K entries: half are variations of watched parties' names
(so they raise candidates and alerts), half new names.
"""
import csv
import glob
import os
import random
import sys

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data")
if not os.path.isdir(SHARED):
    SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data")
FORMS = ["Ltd", "Limited", "LLC", "GmbH", "S.A.", "Trading Co", "Holdings", "Group", "Logistics", "AG"]


def clean(name):
    """No control characters (the source files hold some mojibake): the service refuses them."""
    return all(ord(c) >= 32 and not 0x7F <= ord(c) <= 0x9F for c in name)


def load():
    first, last = {}, {}
    with open(os.path.join(SHARED, "negatives/persons/faker_name_components.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if clean(row["name"]):
                (first if row["kind"] == "first_name" else last).setdefault(row["locale"], []).append(row["name"])
    locales = [l for l in first if l in last]
    with open(os.path.join(SHARED, "negatives/orgs/org_negatives.csv"), encoding="utf-8") as f:
        orgs = [r["name"] for r in csv.DictReader(f) if clean(r["name"])]
    listed = []
    for alt in glob.glob(os.path.join(SHARED, "ofac/sdn_csv_*/alt.csv")):
        with open(alt, encoding="cp1252", errors="replace") as f:
            for row in csv.reader(f):
                name = row[3].strip() if len(row) > 3 else ""
                # The service refuses control characters (400): leave such names out.
                if len(name) > 6 and name != "-0-" and clean(name):
                    listed.append(name)
    return first, last, locales, orgs, listed


def vary(rng, name):
    i = rng.randrange(1, len(name) - 1)
    k = rng.random()
    if k < 0.33:
        return name[:i] + name[i + 1:]
    if k < 0.66:
        return name[:i] + name[i] + name[i:]
    return name[:i] + chr(ord("a") + rng.randrange(26)) + name[i + 1:]


def party(rng, data):
    first, last, locales, orgs, listed = data
    k = rng.random()
    if k < 0.88:
        loc = rng.choice(locales)
        given = rng.choice(first[loc])
        if rng.random() < 0.2:
            given += " " + rng.choice(first[loc])
        family = rng.choice(last[loc])
        name = f"{family.upper()}, {given}" if rng.random() < 0.1 else f"{given} {family}"
        return name, "person"
    if k < 0.98:
        if rng.random() < 0.5:
            return rng.choice(orgs), "organization"
        loc = rng.choice(locales)
        return f"{rng.choice(last[loc])} {rng.choice(last[loc])} {rng.choice(FORMS)}", "organization"
    return vary(rng, rng.choice(listed)) if listed else rng.choice(orgs), ""


def parties(n, prefix, batch):
    rng = random.Random(12)
    data = load()
    out = None
    for i in range(n):
        if i % batch == 0:
            if out:
                out.close()
            out = open(f"{prefix}-{i // batch:05d}.csv", "w", encoding="utf-8", newline="")
            w = csv.writer(out)
            w.writerow(["reference", "name", "type", "country", "birth_date", "identifiers"])
        name, kind = party(rng, data)
        w.writerow([f"p-{i:07d}", name, kind, "", "", ""])
    if out:
        out.close()


def custom_list(k, party_dir, out, seed):
    rng = random.Random(seed)
    data = load()
    names = []
    for path in sorted(glob.glob(os.path.join(party_dir, "*.csv")))[:5]:
        with open(path, encoding="utf-8") as f:
            names += [r["name"] for r in csv.DictReader(f)]
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "aliases", "programs"])
        for i in range(k):
            if i % 2 == 0 and names:
                name = vary(rng, rng.choice(names))
            else:
                name = party(rng, data)[0]
            w.writerow([f"B-{seed}-{i}", name, "", "BENCH"])


if __name__ == "__main__":
    if sys.argv[1] == "parties":
        parties(int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
    elif sys.argv[1] == "list":
        custom_list(int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 1)
