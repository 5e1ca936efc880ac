"""The change of authorities after an election, in one page for all cargos of an entity."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from heraldo.core.permissions import capability_required
from heraldo.core.writes import refusals_on
from heraldo.directory import selectors
from heraldo.directory.forms import AuthoritiesHeaderForm, AuthorityRowFormSet
from heraldo.directory.permissions import access_entity
from heraldo.directory.services.authorities import NewHolder, authorities_replace, term_start_default

ELECTED_CODE_PREFIXES = ("ALCALDE_", "TENIENTE_ALCALDE_", "REGIDOR_", "GOBERNADOR_", "VICEGOBERNADOR_", "CONSEJERO_")


@login_required
@capability_required("access_directory")
def authorities_replace_view(request, entity_id: int):
    entity = access_entity(request.user, entity_id, write=True)
    positions = selectors.entity_positions(entity, on=timezone.localdate())
    elected = [p for p in positions if p.office_code.startswith(ELECTED_CODE_PREFIXES)]
    show_all = request.GET.get("todos") == "1" or not elected
    if not show_all:
        # After an election the elected cargos change; appointed officials follow later, one by one.
        positions = elected
    by_id = {position.pk: position for position in positions}
    initial_rows = [{"position_id": position.pk} for position in positions]
    header = AuthoritiesHeaderForm(
        request.POST or None, initial={"starts_on": term_start_default(timezone.localdate())}
    )
    rows = AuthorityRowFormSet(
        request.POST or None,
        initial=initial_rows,
        prefix="cargo",
        form_kwargs={"candidates": selectors.authority_candidates(entity)},
    )
    if request.method == "POST" and header.is_valid() and rows.is_valid():
        changes = []
        for row in rows.cleaned_data:
            position = by_id.get(row.get("position_id"))
            if position is not None and row.get("changes"):
                changes.append(
                    NewHolder(position, row["given_names"], row["surnames"], row.get("sex", ""), person=row["person"])
                )
        if not changes:
            header.add_error(None, _("No escribió ninguna nueva autoridad. Complete al menos un cargo."))
        else:
            with refusals_on(header):
                created = authorities_replace(
                    actor=request.user,
                    entity=entity,
                    starts_on=header.cleaned_data["starts_on"],
                    changes=changes,
                    source_document=header.cleaned_data["source_document"],
                )
                messages.success(
                    request,
                    ngettext(
                        "Se registró %(count)s nueva autoridad. El periodo anterior quedó en el historial.",
                        "Se registraron %(count)s nuevas autoridades. "
                        "Los periodos anteriores quedaron en el historial.",
                        len(created),
                    )
                    % {"count": len(created)},
                )
                return redirect("directory:entity_detail", entity.pk)
    paired = [(form, by_id.get(form.initial.get("position_id") or _int(form["position_id"].value()))) for form in rows]
    return render(
        request,
        "directory/authorities_replace.html",
        {
            "entity": entity,
            "header": header,
            "rows": rows,
            "paired": paired,
            "show_all": show_all,
            "can_filter": bool(elected),
        },
    )


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
