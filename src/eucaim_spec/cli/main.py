import click

@click.group()
def cli() -> None:
    """eucaim"""

def main() -> None:
    cli()
