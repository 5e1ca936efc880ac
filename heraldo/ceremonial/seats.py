"""Where each guest sits, in the words an usher says at the door ("Mesa de honor, asiento 3")."""

from __future__ import annotations

from django.utils.translation import gettext as _

from heraldo.ceremonial.models import Event
from heraldo.ceremonial.protocol import plan_display, plan_for_event


def seat_labels(event: Event) -> dict[int, str]:
    """Guest id → seat, for the guests the precedence plan places (head table and reserved front rows)."""
    plan = plan_display(plan_for_event(event))
    if not plan:
        return {}
    labels = {
        placed.guest.pk: _("Mesa de honor · asiento %(seat)s") % {"seat": placed.seat}
        for placed in plan["head_table"]
        if placed.guest
    }
    sides = {"AUDIENCE_LEFT": _("lado izquierdo"), "AUDIENCE_RIGHT": _("lado derecho")}
    for placed in plan["front_rows"]:
        if placed.guest:
            labels[placed.guest.pk] = _("Fila %(row)s · asiento %(seat)s · %(side)s") % {
                "row": placed.row,
                "seat": placed.seat,
                "side": sides.get(placed.side, ""),
            }
    return labels
