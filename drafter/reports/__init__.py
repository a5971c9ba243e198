"""drafter.reports."""
