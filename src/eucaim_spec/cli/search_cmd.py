"""``eucaim search QUERY DATASET_DIR|--db URL``: what EUCAIM's federated search (Focus, SQL mode) returns."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("query")
@click.argument("dataset", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", "db", metavar="URL", help="Evaluate in place on PostgreSQL (the ETL's database).")
@click.option("--db-schema", metavar="SCHEMA", help="Schema holding the ingestion tables [eucaim_cdm_ingestion].")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: Focus' result document exactly; text: counts and what was dropped or not filtered.")
@click.option("--show-sql", is_flag=True, help="Print the statement evaluated (stderr).")
def search(query: str, dataset: Path | None, db: str | None, db_schema: str | None, fmt: str, show_sql: bool) -> None:
    """Evaluate QUERY as EUCAIM's federated search does (Focus' SQL mode) and print the counts the Explorer shows.

    QUERY is a JSON file holding the Explorer's query tree, or the compact form
    `gender=male&diagnosis=SNOMEDCT399068003` (API parameter names; values as API values, codes or labels).
    The data are CSV files named like the ETL's ingestion tables (dataset.csv, cancerpatient.csv,
    primarycancercondition.csv, imagingprocedure.csv, imagestudy.csv, imageseries.csv) in DATASET_DIR or its
    clinical/ folder, or the ingestion schema of a PostgreSQL database (--db).

    Exit codes: 0 evaluated, 1 the node would answer the search as failed (tree refused, table or column
    absent), 2 usage, 3 input unreadable.
    """
    import json
    import sys

    from eucaim_spec.validate.search import evaluate as ev_mod
    from eucaim_spec.validate.search.model import load
    from eucaim_spec.validate.search.query import load_query

    if (dataset is None) == (db is None):
        raise click.UsageError("give either DATASET_DIR or --db URL")
    model = load()
    try:
        q = load_query(query, model)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="QUERY") from None
    if db:
        source = ev_mod.postgres_source(db, db_schema or model.default_db_schema)
    else:
        assert dataset is not None
        folder = dataset / "clinical" if (dataset / "clinical").is_dir() else dataset
        source = ev_mod.csv_source(folder, model)
    try:
        result = ev_mod.evaluate(q, source, model)
    finally:
        source.close()
    if show_sql and result.sql:
        click.echo(result.sql, err=True)
    notes = [f"dropped (Focus ignores it): {d}" for d in result.dropped]
    notes += [f"no-op: {n}" for n in result.noops]
    notes += [f"matches nothing: {n}" for n in result.empty_codes]
    notes += [f"cross-key value: {n}" for n in q.crossed]
    if fmt == "json":
        for n in notes:
            click.echo(n, err=True)
        for f in result.failures:
            click.echo(f"FAILED: {f}", err=True)
        if not result.failed:
            click.echo(json.dumps(result.result(model.provider), indent=2, sort_keys=True))
    else:
        api = f" (API mode would send ?{q.api_query_string()})" if q.criteria else ""
        if not q.criteria and not q.error and not q.dropped:
            api = " (no criteria: every dataset answers)"
        click.echo(f"search on {source.label}{api}")
        for f in result.failures:
            click.echo(f"FAILED: {f}")
        for n in notes:
            click.echo(n)
        if not result.failed:
            for c in result.collections:
                click.echo(f"dataset {c['id']}: subjects_count {c['subjects_count']}, "
                           f"studies_count {c['studies_count']}")
            total = result.result(model.provider)["total"]
            click.echo(f"total: subjects_count {total['subjects_count']}, studies_count {total['studies_count']} "
                       f"({len(result.collections)} dataset(s) answer; a dataset without a match is absent)")
    sys.exit(1 if result.failed else 0)
