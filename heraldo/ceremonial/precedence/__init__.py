"""The precedence engine: who presides an official act, where every authority sits,
who speaks when, who raises which flag.

Pure Python (no Django): the protocol office's rules as functions of frozen inputs.
The rule codes (PR-xx presidency, PL-xx placement, SP-xx speeches, SY-xx symbols)
are those of the domain note `peru-protocol-and-law.md`, section 3; JU-01/JU-02
are this package's names for the swearing-in sequence of section 4, example 20
(Ley 26997 art. 6). Every decision is recorded in the plan as an `AppliedRule` or
a `ProtocolWarning`, so the office can see why a seat was given.

`compute_protocol` is the one entry point; this module also offers the types its
inputs and its plan are made of. Inside, one module per concern, in the order the
engine runs them:

- `inputs`, `table`: what the caller passes (attendees, host, options; the table);
- `ranking`, `tiebreakers`: where each attendee stands, and the sort key below;
- `presidency`: who presides (PR-07 to PR-11);
- `seating`: the head table and the front rows (PL-01 to PL-04);
- `speeches`: speeches and the swearing-in (SP-xx, JU-01/JU-02);
- `symbols`: flags, anthems, Marcha de Banderas (PL-06, SY-xx);
- `explanations`: the rule log every step writes to; `plan`: the answer;
- `provisional_table`: the provisional table P.

The precedence table is data: the provisional table P is an interpretation to be
replaced by the official *Cuadro de Precedencias* (D.S. 100-2005-RE) once
transcribed. Whether the General or the Regional *cuadro* applies to an act is the
caller's choice of `table`.

Ranking (one sort key, compared group by group):

1. level: the office's rank in the table valid on the event date (PR-01);
   offices missing from the table go last;
2. representatives after the holders of the represented level (PR-04, only in
   `END_OF_REPRESENTED_LEVEL` mode);
3. holders outside their jurisdiction after those inside it (PR-05 for
   territorial offices; PR-06.1 for other offices whose seat is known);
4. the table's internal order within a level, e.g. the ministries (PR-02);
5. holders before those ranked by a represented office (PR-04);
6. the office-class order: regidores by list order, armed forces and police by
   grade, branch and seniority, congress members, mayors (PR-06.2);
7. earlier assumption of office (PR-06.3), older age (PR-06.4), surname (PR-06.5).

Sex never enters the key (PR-03); it only chooses the grammatical form of titles.
"""

from heraldo.ceremonial.precedence.engine import compute_protocol
from heraldo.ceremonial.precedence.explanations import AppliedRule, ProtocolWarning
from heraldo.ceremonial.precedence.inputs import (
    Attendee,
    Branch,
    Emblem,
    EventClass,
    Host,
    Organiser,
    ProtocolOptions,
    Representation,
    RepresentationMode,
    Sex,
    Status,
)
from heraldo.ceremonial.precedence.plan import (
    Anthem,
    AnthemMoment,
    FlagAssignment,
    FlagPosition,
    Formation,
    FrontRowSeat,
    Oath,
    ProtocolPlan,
    Seat,
    SpeechKind,
    SpeechSlot,
)
from heraldo.ceremonial.precedence.table import (
    OfficeClass,
    PrecedenceRow,
    PrecedenceTable,
    precedence_table_from_rows,
)

__all__ = [
    "Anthem",
    "AnthemMoment",
    "AppliedRule",
    "Attendee",
    "Branch",
    "Emblem",
    "EventClass",
    "FlagAssignment",
    "FlagPosition",
    "Formation",
    "FrontRowSeat",
    "Host",
    "Oath",
    "OfficeClass",
    "Organiser",
    "PrecedenceRow",
    "PrecedenceTable",
    "ProtocolOptions",
    "ProtocolPlan",
    "ProtocolWarning",
    "Representation",
    "RepresentationMode",
    "Seat",
    "Sex",
    "SpeechKind",
    "SpeechSlot",
    "Status",
    "compute_protocol",
    "precedence_table_from_rows",
]
