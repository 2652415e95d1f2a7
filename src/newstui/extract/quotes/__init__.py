"""Direct quotations in article text, and who said them (a package from here on)."""

from newstui.extract.quotes.resolver import find_quotes

__all__ = ["find_quotes"]
