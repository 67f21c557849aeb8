"""The package version, in one place (pyproject.toml reads the same value)."""

__version__ = "0.1.0"
