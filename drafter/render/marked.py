"""Markdown a helper wrote (:class:`Md`), printed into a release as it is, where plain text is escaped; and the
``sentence`` filter. (Re-exported by :mod:`drafter.render.environment`, where the helpers find it.)"""

from __future__ import annotations


class Md(str):
    """Markdown written by a helper; printed as is (plain strings are escaped)."""

    __slots__ = ()


def sentence(text: object) -> Md:
    """The ``sentence`` filter: the text with its first letter capitalised."""
    text = str(text)
    return Md(text[:1].upper() + text[1:])
