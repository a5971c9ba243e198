"""drafter.compute.changes."""
