"""drafter.render.release."""
