"""The JSON catalogues a check reads instead of compiling: the hyper-ontology vocabulary (from schemas/vocab),
the sql engine's rule catalogue and its check plan (compiled from the cdm and minimum schemas)."""

from __future__ import annotations

import json

from eucaim_spec import vocab
from eucaim_spec.generate.context import GenContext, ontology
from eucaim_spec.paths import schemas_dir
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
