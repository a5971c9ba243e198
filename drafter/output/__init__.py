"""drafter.output.files."""
