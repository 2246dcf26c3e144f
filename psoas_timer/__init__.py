"""Psoas Timer: a guided timer for psoas and low-back routines."""

__version__ = "0.1.0"
