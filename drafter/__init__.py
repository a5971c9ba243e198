"""drafter: regional press releases from figures, approved quotes and a house style.

The public API (each function documented in :mod:`drafter.api`)::

    from drafter import draft, preview, facts, check, new_campaign, DrafterError
    result = draft(Path("my-campaign"), Path("out"))

Importing ``drafter`` alone loads nothing else: the API is imported on first use, so ``drafter --help`` stays
as quick as importing typer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "DrafterError", "add_quote", "approve_quote", "check", "draft", "facts", "list_quotes", "list_templates",
    "new_campaign", "new_letterhead", "preview", "send", "withdraw_quote",
]

if TYPE_CHECKING:
    from drafter.api import (
        add_quote,
        approve_quote,
        check,
        draft,
        facts,
        list_quotes,
        list_templates,
        new_campaign,
        new_letterhead,
        preview,
        send,
        withdraw_quote,
    )
    from drafter.errors import DrafterError


def __getattr__(name: str) -> Any:
    if name == "DrafterError":
        from drafter.errors import DrafterError

        return DrafterError
    if name in __all__:
        from drafter import api

        return getattr(api, name)
    raise AttributeError(f"module 'drafter' has no attribute {name!r}")
