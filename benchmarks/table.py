"""The report as a table on the terminal, or as one JSON object."""

from __future__ import annotations

import math
from typing import Any

from harness import Figure


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "not available"
    if unit == "count":
        return str(int(value))
    if unit == "x":
        return f"{value:.2f}"
    if unit == "% core":
        return f"{value:.2f}"
    if abs(value) < 10:
        return f"{value:.3f}" if unit == "ms" and abs(value) < 1 else f"{value:.2f}"
    return f"{value:.1f}"


def verdict(figure: Figure) -> str:
    if figure.value is None:
        return "n/a"
    if figure.passed is None:
        return "info"
    return "PASS" if figure.passed else "FAIL"


def print_table(document: dict[str, Any], figures: list[Figure]) -> None:
    info = document["machine"]
    print(f"Psoas Timer benchmarks, {document['date']} ({document['mode']} run)")
    print(
        f"Machine: {info['platform']}; CPU {info['cpu']}, {info['cores']} cores; "
        f"Python {info['python']}; PySide6 {info['pyside6']}"
    )
    print()
    widths = (62, 14, 7, 8, 6)
    header = ("benchmark", "figure", "unit", "target", "result")
    print(
        f"{header[0]:<{widths[0]}} {header[1]:>{widths[1]}} {header[2]:<{widths[2]}} "
        f"{header[3]:<{widths[3]}} {header[4]}"
    )
    print("-" * (sum(widths) + 4))
    for figure in figures:
        print(
            f"{figure.name:<{widths[0]}} {format_value(figure.value, figure.unit):>{widths[1]}} "
            f"{figure.unit:<{widths[2]}} {figure.target:<{widths[3]}} {verdict(figure)}"
        )
        if figure.value is None and figure.note:
            print(f"    {figure.note}")
    print()
    failed = [figure.key for figure in figures if figure.passed is False]
    print(
        f"{sum(f.passed is True for f in figures)} passed, {len(failed)} failed"
        + (f" ({', '.join(failed)})" if failed else "")
        + f"; {document['elapsed_seconds']:.0f} s"
    )
    for error in document["errors"]:
        print(f"error: {error}")


def without_nan(value: Any) -> Any:
    """JSON has no NaN: a figure that could not be taken is null."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {key: without_nan(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [without_nan(item) for item in value]
    return value
