"""Reading and validating a campaign folder into a :class:`~drafter.model.Campaign`."""

from drafter.load.campaign import load_campaign

__all__ = ["load_campaign"]
