#!/usr/bin/env python3
"""Regenerates resources/referential/collectivites.tsv from the Etalab npm package
@etalab/decoupage-administratif (MIT licence, notice kept in resources/referential/).

Usage:  npm pack @etalab/decoupage-administratif && tar xzf etalab-*.tgz
        python3 packaging/referential/build_referential.py package/data resources/referential

Output: one UTF-8 line per collectivity, tab-separated, sorted by kind then SIREN:
  kind  siren  insee  name  departement  population  epci_siren_or_type
kind is C (commune, epci column = SIREN of its EPCI) or E (EPCI, epci column = CC/CA/CU/METRO).
The first line is a '#' comment naming the source version.
"""
import collections
import json
import os
import sys


def main(data_dir, out_dir):
    with open(os.path.join(data_dir, "communes.json"), encoding="utf-8") as f:
        communes = [c for c in json.load(f) if c.get("type") == "commune-actuelle" and c.get("siren")]
    with open(os.path.join(data_dir, "epci.json"), encoding="utf-8") as f:
        epcis = json.load(f)
    with open(os.path.join(data_dir, "..", "package.json"), encoding="utf-8") as f:
        version = json.load(f)["version"]

    by_insee = {c["code"]: c for c in communes}
    epci_of = {}
    rows = []
    for e in epcis:
        depts = collections.Counter()
        for m in e["membres"]:
            epci_of[m["code"]] = e["code"]
            if m["code"] in by_insee:
                depts[by_insee[m["code"]]["departement"]] += m.get("populationMunicipale") or 0
        dept = depts.most_common(1)[0][0] if depts else ""
        rows.append(("E", e["code"], "", e["nom"], dept, e.get("populationMunicipale") or 0, e["type"]))
    for c in communes:
        rows.append(("C", c["siren"], c["code"], c["nom"], c["departement"],
                     c.get("population") or 0, epci_of.get(c["code"], "")))
    for r in rows:
        assert all("\t" not in str(v) and "\n" not in str(v) for v in r), r
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(out_dir, "collectivites.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# @etalab/decoupage-administratif {version} (MIT)\n")
        for r in rows:
            out.write("\t".join(str(v) for v in r) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
