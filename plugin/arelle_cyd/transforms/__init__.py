"""SEC ``ixt-sec`` inline XBRL transforms for Arelle.

Arelle applies the XBRL International transformation registries itself but not
the SEC's own registry, which EDGAR requires for cover-page facts
(``format="ixt-sec:boolballotbox"`` on ``dei:DocumentAnnualReport``). Without it
Arelle reports ``invalidTransformation`` and the fact has no value, so every
rule that reads such a fact would misfire. :func:`register` fills that gap
through Arelle's ``ModelManager.LoadCustomTransforms`` plugin hook::

    def load_transforms(custom_transforms, *args, **kwargs):
        from arelle_cyd.transforms import register
        register(custom_transforms)

    __pluginInfo__ = {..., "ModelManager.LoadCustomTransforms": load_transforms}

The functions themselves need only the standard library, so they can be used and
tested without Arelle: ``TRANSFORMS["duryear"]("1.5") == "P1Y6M"``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from arelle_cyd.transforms.ixt_sec import TRANSFORMS, TransformError

__all__ = ["IXT_SEC_NAMESPACE", "TRANSFORMS", "TransformError", "register"]

IXT_SEC_NAMESPACE: Final = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31"
"""Namespace of the SEC transformation registry (conventional prefix ``ixt-sec``)."""


def register(custom_transforms: dict[Any, Callable[[str], str]]) -> None:
    """Add every ``ixt-sec`` transform to Arelle's custom-transform table.

    ``custom_transforms`` is the dict Arelle passes to
    ``ModelManager.LoadCustomTransforms`` hooks; Arelle looks a fact's
    ``format`` QName up in it, so the keys are Arelle QNames in
    :data:`IXT_SEC_NAMESPACE`. Arelle is imported here rather than at module
    level so that the transforms stay importable without it.
    """
    from arelle.ModelValue import qname

    for name, transform in TRANSFORMS.items():
        custom_transforms[qname(IXT_SEC_NAMESPACE, "ixt-sec:" + name)] = transform
