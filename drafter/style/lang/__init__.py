"""The languages drafter writes releases in: one module each, found here by looking, so adding a language is
adding its module (with its presets) and its templates, and nothing else.

A language module defines ``LANGUAGE``, a :class:`~drafter.style.base.Language`, and ``PRESETS``, a tuple of
the :class:`~drafter.style.base.HouseStyle` presets in that language (named by locale: ``en_GB``, ``cy_GB``).

>>> sorted(languages())
['cy', 'en']
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from types import ModuleType

from drafter.style.base import HouseStyle, Language


def _modules() -> tuple[ModuleType, ...]:
    return _found(tuple(__path__))


@functools.lru_cache(maxsize=4)  # looked for once in a process (every draft and check asks several times)
def _found(folders: tuple[str, ...]) -> tuple[ModuleType, ...]:
    return tuple(importlib.import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(list(folders))
                 if not info.name.startswith("_"))


def languages() -> dict[str, Language]:
    """Every language by its code ("en", "cy")."""
    return {module.LANGUAGE.code: module.LANGUAGE for module in _modules() if isinstance(
        getattr(module, "LANGUAGE", None), Language)}


def english_name(code: str) -> str:
    """A language as drafter's messages (in English) name it, by its module's own word: "English", "Welsh"; a code no
    module holds, as "language 'xx'".

    >>> english_name("cy"), english_name("xx")
    ('Welsh', "language 'xx'")
    """
    known = languages().get(code)
    return known.english if known is not None else f"language {code!r}"


def presets() -> dict[str, HouseStyle]:
    """Every language's presets by name, English first (the default language), then by language code."""
    found: dict[str, HouseStyle] = {}
    for module in sorted(_modules(), key=lambda m: (m.__name__ != f"{__name__}.en", m.__name__)):
        for preset in getattr(module, "PRESETS", ()):
            if isinstance(preset, HouseStyle):
                found[preset.name] = preset
    return found
