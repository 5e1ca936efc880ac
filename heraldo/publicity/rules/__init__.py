"""The state-publicity rules engine: is a piece publicity the law lets the municipality show, when and where?

Pure Python (no Django): the rules of the domain note `peru-protocol-and-law.md`, section 5.3, as a function of
frozen inputs. E1–E8 are the electoral regime (Ley 26859 art. 192; JNE Res. 0844-2025 art. 18), P1–P4 the ordinary
regime (Ley 28874 as amended by Ley 31515). Every finding carries its rule code, a level and a Spanish sentence kept
as a template and its parameters, so the display translates it in the reader's language.

- `facts`: the piece as the caller describes it (`PieceFacts`, and `parse_facts` for plain JSON-like data);
- `data`: what the office keeps (`Process`, `Authority`, `Palette`, `Settings`);
- `matching`: officials, political organisations and electoral appeals found in texts;
- `colour`: how close two colours look (CIE ΔE 1976);
- `engine`: `check` (one piece) and `ban_start_sweep` (every piece still exposed on a ban start);
- `verdict`: the answer (`Verdict`, `Finding`, `FollowUp`).
"""

from heraldo.publicity.rules.data import Authority, Palette, Process, Settings
from heraldo.publicity.rules.engine import Knowledge, SweepItem, ban_start_sweep, check
from heraldo.publicity.rules.facts import (
    CHANNELS,
    EXCEPTION_TOPICS,
    TOPICS,
    FactsError,
    PieceFacts,
    parse_facts,
)
from heraldo.publicity.rules.verdict import Finding, FollowUp, Level, Verdict

__all__ = [
    "CHANNELS",
    "EXCEPTION_TOPICS",
    "TOPICS",
    "Authority",
    "FactsError",
    "Finding",
    "FollowUp",
    "Knowledge",
    "Level",
    "Palette",
    "PieceFacts",
    "Process",
    "Settings",
    "SweepItem",
    "Verdict",
    "ban_start_sweep",
    "check",
    "parse_facts",
]
