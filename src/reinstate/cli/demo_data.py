"""`reinstate demo-data`: write a synthetic seller's Amazon reports to try things on."""

from __future__ import annotations

import json
from pathlib import Path

import click

from reinstate.cli._options import cleaned_up_on_sigterm


@click.command("demo-data")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--orders", type=click.IntRange(min=10), default=3000, show_default=True)
@click.option("--seed", type=int, default=7, show_default=True)
def demo_data(folder: Path, orders: int, seed: int) -> None:
    """Write a coherent synthetic seller in Amazon's exact report formats.

    All-orders, FBA and merchant returns, feedback (US, DE and JP, localised), defect
    lists and the account-health JSON, with root causes planted: one SKU and one ship
    service level behind most late shipments, a stock-out behind a cancellation spike,
    and one SKU returned as "opened/used".

    Example:

        reinstate demo-data demo/ --orders 5000 --seed 1 && reinstate metrics demo/*
    """
    from rich.console import Console

    from reinstate.demo import write_demo_data

    with (
        cleaned_up_on_sigterm(),
        Console(stderr=True).status(f"writing {orders} orders", spinner="dots"),
    ):
        demo = write_demo_data(folder, orders=orders, seed=seed)
    for path in demo.paths.values():
        click.echo(str(path))
    click.echo("planted: " + json.dumps(demo.planted), err=True)
