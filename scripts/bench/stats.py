"""Shared figures for the benchmark scripts: min, median and p90 of a list of samples."""

import statistics


def describe(samples: list) -> dict:
    """min, median and nearest-rank p90 of the samples."""
    ordered = sorted(samples)
    p90_rank = max(1, -(-len(ordered) * 9 // 10))
    return {"min": ordered[0], "median": statistics.median(ordered), "p90": ordered[p90_rank - 1],
            "runs": len(ordered)}
