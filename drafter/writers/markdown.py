"""Markdown: the release as the template wrote it, for newsdesks that paste text and for `drafter check`."""

from __future__ import annotations

from drafter.document import to_markdown
from drafter.model import Release
from drafter.writers.setup import Setup


class MarkdownWriter:
    extension = "md"

    def render(self, release: Release) -> bytes:
        return to_markdown(release.blocks).encode("utf-8")


def build(setup: Setup) -> MarkdownWriter:
    return MarkdownWriter()
