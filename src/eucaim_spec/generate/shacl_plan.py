"""The compiled shapes plan (artifacts/plan/shacl.json): the default shacl profile planned ahead of the check.

The generated shape files of this run (not the committed ones, which may be what is regenerated) are
written to a temporary folder; the default profile, each access level's shapes and the file set the rule
catalogue reads are planned on an empty data graph with and without the background facts.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from eucaim_spec.generate.context import GenContext
from eucaim_spec.generate.dcat_shacl import gen_dcat_shapes
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.profiles import ProfileConfig, add_background, load_config, load_shapes
from eucaim_spec.validate.shacl.rdf_input import IntegerLiterals
from eucaim_spec.validate.shacl.shapes_plan import PlannedShapes, plan_shapes, render_plans


def _empty(cfg: ProfileConfig, background: bool) -> DataGraph:
    import pyoxigraph as ox  # deferred: pyoxigraph is needed only once data is read

    store = ox.Store()
    quads = add_background(cfg, store) if background else []
    return DataGraph(store, [], quads, IntegerLiterals())


def file_sets(cfg: ProfileConfig) -> list[list[Path]]:
    """The shape file sets a check reads by default: the default profile's, each access level's and the
    rule catalogue's (another ``--profile`` is parsed and planned at check time)."""
    sets = [cfg.profile_files(cfg.default_profile)]
    rules = cfg.profile_files("full") if "full" in cfg.profiles else []
    for _iri, extra in cfg.access_levels.values():
        paths = [cfg.resolve(f) for f in extra]
        if paths:
            sets.append(paths)
        rules += [p for p in paths if p not in rules]
    sets.append(rules)
    out: list[list[Path]] = []
    for s in sets:
        if s and s not in out:
            out.append(s)
    return out


def build_plans(cfg: ProfileConfig) -> list[PlannedShapes]:
    stores = [_empty(cfg, True), _empty(cfg, False)]
    return [plan_shapes(load_shapes(cfg, files), files, stores) for files in file_sets(cfg)]


def gen_shacl_plan(ctx: GenContext) -> bytes:
    """The ``shacl_plan`` recipe (source dcat_ap): the plan of every profile of validators/dcat_ap.yaml."""
    generated = gen_dcat_shapes(ctx)
    with tempfile.TemporaryDirectory(prefix="eucaim-shacl-plan-") as tmp:
        for name, content in generated.items():
            (Path(tmp) / name).write_bytes(content)
        cfg = load_config(generated_dir=Path(tmp))
        plans = build_plans(cfg)
    comment = f"generated from {ctx.source_file} and shapes/ by shacl_plan (eucaim generate); do not edit"
    return render_plans(plans, comment)
