"""drafter.quotes.choose."""
