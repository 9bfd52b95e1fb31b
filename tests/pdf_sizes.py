"""Prints the smallest text size a PDF draws, page by page, with pdfminer.six.

Usage: pdf_sizes.py DECK.pdf

Prints one line a page: `PAGE SIZE TEXT`, the smallest rendered size in points (the font size
scaled by the text and graphics matrices, as pdfminer's LTChar.size gives it) and the text
of a line drawn at that size. tests/deck.rs checks the 10 pt rule with it.
"""

import sys

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer, LTTextLine


def lines(element):
    if isinstance(element, LTTextLine):
        yield element
    elif hasattr(element, "__iter__"):
        for child in element:
            yield from lines(child)


def main():
    for n, page in enumerate(extract_pages(sys.argv[1]), start=1):
        smallest, text = None, ""
        for line in lines(page):
            for ch in line:
                if isinstance(ch, LTChar) and ch.get_text().strip():
                    if smallest is None or ch.size < smallest:
                        smallest, text = ch.size, line.get_text().strip()
        if smallest is not None:
            print(f"{n} {smallest:.2f} {text}")


if __name__ == "__main__":
    main()
