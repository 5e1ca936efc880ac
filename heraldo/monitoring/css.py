"""A small CSS selector to XPath translator for per-source selectors.

Supports what section pages need: tag, .class, #id, [attr], [attr=value],
descendant (space) and child (>) combinators, and comma-separated groups.
Anything else is refused with a Spanish message, so an analyst learns at once.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<comb>>)
      | (?P<simple>
          (?P<tag>[a-zA-Z][a-zA-Z0-9-]*|\*)?
          (?P<rest>(?:\.[\w-]+|\#[\w-]+|\[[\w-]+(?:[~|^$*]?=(?:"[^"]*"|'[^']*'|[\w-]+))?\])*)
        )
    )""",
    re.VERBOSE,
)
_PART = re.compile(r"""\.([\w-]+)|\#([\w-]+)|\[([\w-]+)(?:([~|^$*]?=)("[^"]*"|'[^']*'|[\w-]+))?\]""")


class SelectorError(ValueError):
    pass


def css_to_xpath(selector: str) -> str:
    groups = [group.strip() for group in selector.split(",")]
    if not selector.strip() or any(not group for group in groups):
        raise SelectorError("El selector CSS está vacío o mal escrito.")
    return " | ".join(_group(group) for group in groups)


def _group(group: str) -> str:
    xpath = "descendant-or-self::"
    position = 0
    axis = ""
    first = True
    while position < len(group):
        match = _TOKEN.match(group, position)
        if not match or match.end() == position:
            raise SelectorError(f"El selector CSS no se reconoce cerca de «{group[position : position + 20]}».")
        position = match.end()
        if match.group("comb"):
            axis = "/"
            continue
        if not match.group("simple").strip():
            continue
        step = _step(match.group("tag") or "*", match.group("rest") or "")
        if first:
            xpath += step
            first = False
        else:
            xpath += (axis or "//") + step
        axis = ""
    if first:
        raise SelectorError("El selector CSS está vacío o mal escrito.")
    return xpath


def _step(tag: str, rest: str) -> str:
    conditions = []
    for cls, ident, attr, op, value in _PART.findall(rest):
        if cls:
            conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')")
        elif ident:
            conditions.append(f"@id='{ident}'")
        elif attr and not op:
            conditions.append(f"@{attr}")
        else:
            literal = value.strip("\"'").replace("'", "")
            conditions.append(
                {
                    "=": f"@{attr}='{literal}'",
                    "^=": f"starts-with(@{attr}, '{literal}')",
                    "*=": f"contains(@{attr}, '{literal}')",
                    "$=": f"substring(@{attr}, string-length(@{attr}) - {len(literal) - 1})='{literal}'",
                    "~=": f"contains(concat(' ', @{attr}, ' '), ' {literal} ')",
                    "|=": f"(@{attr}='{literal}' or starts-with(@{attr}, '{literal}-'))",
                }[op]
            )
    return tag + "".join(f"[{c}]" for c in conditions)
