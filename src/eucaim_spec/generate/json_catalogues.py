"""The JSON catalogues a check reads instead of compiling: the hyper-ontology vocabulary (from schemas/vocab),
the sql engine's rule catalogue and its check plan (compiled from the cdm and minimum schemas), the whole
rule catalogue (every engine's rules) and the FAIR plan (the report's requirements and indicators)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from eucaim_spec import vocab
from eucaim_spec.generate.context import GenContext, ontology
from eucaim_spec.generate.dcat_shacl import gen_dcat_shapes
from eucaim_spec.paths import PACKAGE_DIR, schemas_dir
from eucaim_spec.validate.catalogue import CATALOGUE_ARTIFACT, DATASET_RULES, available_engines, render_catalogue
from eucaim_spec.validate.cross_part import RULES as CROSS_PART_RULES
from eucaim_spec.validate.indicators import compile_plan
from eucaim_spec.validate.indicators import render_plan as render_fair_plan
from eucaim_spec.validate.rules import Rule, RuleCatalogue
from eucaim_spec.validate.shacl.engine import ShaclEngine
from eucaim_spec.validate.shacl.profiles import load_config
from eucaim_spec.validate.sql.engine import SqlEngine
from eucaim_spec.validate.sql.plan import PLAN_STANDARDS, render_plan


def gen_vocabulary(ctx: GenContext) -> bytes:
    data = vocab.read_sources(schemas_dir() / "vocab")
    # One concept per line: compact, and a diff shows exactly which codes changed.
    lines = ['{"_comment": "generated from schemas/vocab/ by vocabulary (eucaim generate); do not edit",',
             f' "version": {json.dumps(data["version"])}, "base_iri": {json.dumps(data["base_iri"])},',
             ' "concepts": {']
    items = list(data["concepts"].items())
    for i, (code, c) in enumerate(items):
        sep = "," if i < len(items) - 1 else ""
        lines.append(f"  {json.dumps(code)}: {json.dumps(c, ensure_ascii=False, separators=(',', ':'))}{sep}")
    lines.append(" }}")
    return ("\n".join(lines) + "\n").encode()


def gen_sql_rules(ctx: GenContext) -> bytes:
    """The sql engine's rule catalogue compiled from cdm and minimum (read at check time instead of compiling)."""
    engine = SqlEngine(schemas={"cdm": ctx.view("cdm"), "minimum": ctx.view("minimum")}, ontology=ontology())
    rules = [r.to_dict() for r in engine.compile_rules()]
    lines = [
        '{"_comment": "generated from schemas/cdm/cdm.yaml and schemas/minimum/minimum.yaml by sql_rules '
        '(eucaim generate); do not edit",',
        ' "rules": [',
    ]
    lines += [f"  {json.dumps(r, ensure_ascii=False, sort_keys=True)}{',' if i < len(rules) - 1 else ''}"
              for i, r in enumerate(rules)]
    lines.append(" ]}")
    return ("\n".join(lines) + "\n").encode()


def gen_sql_plan(ctx: GenContext) -> bytes:
    """The sql engine's check plan (what it reads from cdm and minimum), loaded at check time without LinkML."""
    return render_plan({std: ctx.view(std) for std in PLAN_STANDARDS})


def _shacl_rules(ctx: GenContext) -> list[Rule]:
    """The shacl engine's rules from this run's generated dcat_ap shapes (the dcat_shacl recipe's output when it
    ran before, else generated here) and the authored shapes."""
    folder = PACKAGE_DIR / "artifacts" / "shacl" / "dcat_ap"
    shapes = {p.name: c for p, c in ctx.outputs.items() if p.parent == folder}
    if not shapes:
        shapes = gen_dcat_shapes(ctx)
    with tempfile.TemporaryDirectory(prefix="eucaim-rule-catalogue-") as tmp:
        for name, content in shapes.items():
            (Path(tmp) / name).write_bytes(content)
        return ShaclEngine(config=load_config(generated_dir=Path(tmp))).rules()


def gen_rule_catalogue(ctx: GenContext) -> bytes:
    """The whole rule catalogue (artifacts/rules/catalogue.json): the orchestrator's rules and every engine's,
    the sql and shacl engines' compiled from this run's schemas and shapes (not from the committed artifacts,
    which may be what is regenerated)."""
    cat = RuleCatalogue(DATASET_RULES)
    cat.extend(CROSS_PART_RULES)
    engines: dict[str, Any] = available_engines()
    for name in list(engines):
        if name == "sql":
            cat.extend(SqlEngine(schemas={"cdm": ctx.view("cdm"), "minimum": ctx.view("minimum")},
                                 ontology=ontology()).compile_rules())
        elif name == "shacl":
            cat.extend(_shacl_rules(ctx))
        else:
            cat.extend(engines[name].rules())
    return render_catalogue(cat)


def gen_fair_plan(ctx: GenContext) -> bytes:
    """The FAIR plan (artifacts/rules/fair_plan.json): each tier requirement and profile indicator with the rules
    of this run's catalogue (the rule_catalogue recipe's output when it ran before, else compiled here) that
    its patterns match."""
    catalogue = ctx.outputs.get(CATALOGUE_ARTIFACT)
    if catalogue is None:  # --only fair: the catalogue as its recipe (source dcat_ap) compiles it
        recipe = {"generator": "rule_catalogue", "source": "dcat_ap", "output": "artifacts/rules/catalogue.json"}
        catalogue = gen_rule_catalogue(GenContext(recipe, ctx.views, ctx.outputs))
    ids = [str(r["id"]) for r in json.loads(catalogue)["rules"]]
    return render_fair_plan(compile_plan(ids))
