"""Maintainer script: derive schemas/vocab/hyperontology.tsv from the reference concept table.

Run once per ontology release, by hand, from a checkout that has ``../shared/reference`` beside it:

    .venv/bin/python scripts/import_hyperontology.py ../shared/reference/eucaim-cdm/hyperontology-concepts.csv

Facts kept (code, English label, 'Is a' parents, which release carries the code); everything else in the
concept table (OMOP domain, FHIR type, OWL artefacts, property names) is dropped. Source: EUCAIM/etl-toolset
@ 7a69a4b, Database/5_init_eucaim_hyperontology_codes_update.sql and _patch.sql, plus Database/1-init.sql
(2025-11) for 'Is a' relations; Apache-2.0, see NOTICE.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

CODE = re.compile(r"^(CLIN|COM|BP|IMG|SPEC|GEN|COR)\d+$")
OUT = Path(__file__).resolve().parent.parent / "schemas" / "vocab" / "hyperontology.tsv"


def main(src: str) -> None:
    rows = []
    with open(src, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            code = r["concept_code"].strip()
            if not CODE.match(code):
                continue
            sources = set(r["source"].split(";"))
            release = "2026" if sources & {"update", "patch"} else "2025"
            parents = "|".join(p for p in r["parent_code"].split("|") if CODE.match(p))
            label = " ".join(r["concept_name"].split())
            rows.append((code, label, parents, release))
    rows.sort(key=lambda t: (re.sub(r"\d+$", "", t[0]), int(re.sub(r"^\D+", "", t[0]))))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        fh.write("# EUCAIM hyper-ontology concepts: code, English label, 'Is a' parents, release carrying it.\n")
        fh.write("# Derived facts from EUCAIM/etl-toolset @ 7a69a4b (Apache-2.0); see NOTICE and "
                 "scripts/import_hyperontology.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "label", "parents", "release"])
        w.writerows(rows)
    print(f"wrote {len(rows)} concepts to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
