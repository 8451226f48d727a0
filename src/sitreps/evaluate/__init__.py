"""Accuracy evaluation against the gold sets written for this project (benchmarks/gold/)."""
