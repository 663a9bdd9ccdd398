"""Benchmark: `python -m bench` measures imports, page runs and memory at the shipped and the
national scale, prints a table and (with --json) writes the figures. See README, «Ytelse»."""
