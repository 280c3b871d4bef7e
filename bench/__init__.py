"""Benchmarks against the research data in ../shared/bench (read in place, never copied)."""
