"""drafter: regional press releases from figures, approved quotes and a house style."""

__version__ = "0.1.0"
