"""Folding for the registry's search column."""

from heraldo.core.text import fold


def search_fold(text: str) -> str:
    """fold(), and ñ searched as n too: people type 'Nunez' for 'Núñez' on a phone keyboard."""
    return fold(text or "").replace("ñ", "n")
