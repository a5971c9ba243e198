"""drafter.style.house."""
