"""drafter.style.house.lang."""
