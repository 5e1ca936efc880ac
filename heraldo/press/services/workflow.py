"""The approval workflow of a press release.

    borrador → en revisión → aprobado → programado → publicado → retirado
                    ↘ (tema sensible) en aprobación de Alcaldía ↗

Each transition names the capability it needs, the states it leaves from and
whether a comment is required. The author never approves their own release;
the second approval of a sensitive release is given by a member of Alcaldía
(the Mayor or the Municipal Manager). Every step is stored with its comment
and audited; a held publication (a pre-publication check said no) stays
where it was, with the reason on the release.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop, ngettext

from heraldo.core import roles
from heraldo.core.audit import audit_record
from heraldo.core.models import User
from heraldo.core.notifications import notice_key, notify, resolve_action
from heraldo.core.permissions import has_capability
from heraldo.core.writes import Refused
from heraldo.press.checks import prepublication_problems
from heraldo.press.models import PressRelease, ReleaseStatus, ReleaseTransition
from heraldo.press.publicity import publicity_refusal
from heraldo.press.services.distribution import distribution_enqueue_on_publish
from heraldo.press.services.releases import _record_revision, last_content_change

S = ReleaseStatus


@dataclass(frozen=True)
class Transition:
    name: str
    label: object
    sources: tuple[str, ...]
    capabilities: tuple[str, ...]  # any of these
    comment_required: bool = False
    style: str = "outline-secondary"


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition("submit", gettext_lazy("Enviar a revisión"), (S.DRAFT,), ("manage_press",), style="primary"),
        Transition("approve", gettext_lazy("Aprobar"), (S.IN_REVIEW,), ("approve_press",), style="success"),
        Transition(
            "mayor_approve",
            gettext_lazy("Aprobar por Alcaldía"),
            (S.MAYOR_REVIEW,),
            ("approve_press",),
            style="success",
        ),
        Transition(
            "return",
            gettext_lazy("Devolver con observaciones"),
            (S.IN_REVIEW, S.MAYOR_REVIEW),
            ("approve_press",),
            comment_required=True,
        ),
        Transition("schedule", gettext_lazy("Programar"), (S.APPROVED,), ("manage_press", "approve_press")),
        Transition(
            "unschedule", gettext_lazy("Cancelar programación"), (S.SCHEDULED,), ("manage_press", "approve_press")
        ),
        Transition(
            "publish",
            gettext_lazy("Publicar ahora"),
            (S.APPROVED, S.SCHEDULED),
            ("manage_press", "approve_press"),
            style="primary",
        ),
        Transition(
            "withdraw",
            gettext_lazy("Retirar de la sala de prensa"),
            (S.PUBLISHED,),
            ("approve_press",),
            comment_required=True,
            style="outline-danger",
        ),
        Transition(
            "reopen",
            gettext_lazy("Volver a borrador"),
            (S.APPROVED, S.SCHEDULED, S.WITHDRAWN),
            ("manage_press",),
            comment_required=True,
        ),
    )
}


class TransitionRefused(Refused):
    """The transition is not allowed now or for this person; the message says why, in Spanish."""


class PublicationHeld(Refused):
    """Publishing stopped at the last check (brand kit, embargo); each reason is a Spanish sentence."""

    def __init__(self, reasons: list[str]):
        super().__init__(_("La publicación quedó retenida: %(reasons)s") % {"reasons": " ".join(reasons)}, code="held")
        self.reasons = reasons


def is_authorities_member(user) -> bool:
    return user.groups.filter(name=roles.AUTHORITIES).exists()


def refusal_reason(user, release: PressRelease, name: str) -> str | None:
    """Why this person may not take this step now (None: they may)."""
    transition = TRANSITIONS.get(name)
    if transition is None:
        return _("Acción desconocida.")
    if release.status not in transition.sources:
        return _("La nota está en estado «%(status)s»: esa acción no corresponde en este estado.") % {
            "status": release.get_status_display()
        }
    if not any(has_capability(user, c) for c in transition.capabilities):
        return _("Su rol no permite esta acción.")
    if name in ("approve", "mayor_approve") and release.author_id == user.pk:
        return _("Quien redactó la nota no puede aprobarla.")
    if name in ("approve", "mayor_approve") and (change := last_content_change(release)) and change.actor_id == user.pk:
        return _("Quien hizo el último cambio al contenido no puede aprobarla: debe aprobarla otra persona.")
    if name == "mayor_approve":
        if not is_authorities_member(user):
            return _("La segunda aprobación de un tema sensible la da Alcaldía.")
        if release.approved_by_id == user.pk:
            return _("La segunda aprobación debe darla otra persona.")
    return None


def allowed_transitions(user, release: PressRelease) -> list[Transition]:
    return [t for name, t in TRANSITIONS.items() if refusal_reason(user, release, name) is None]


def approvers_for(release: PressRelease):
    if release.status == S.MAYOR_REVIEW:
        return User.objects.filter(is_active=True, groups__name=roles.AUTHORITIES).exclude(pk=release.author_id)
    return User.objects.filter(is_active=True, groups__name=roles.HEAD_OF_UNIT).exclude(pk=release.author_id)


def _step(release, actor, from_status, comment, action, changes=None):
    ReleaseTransition.objects.create(
        release=release, from_status=from_status, to_status=release.status, actor=actor, comment=comment
    )
    audit_record(
        actor=actor,
        action=action,
        target=release,
        changes={
            "status": [from_status, release.status],
            **({"comment": comment} if comment else {}),
            **(changes or {}),
        },
    )


def release_transition(
    *, release: PressRelease, actor, name: str, comment: str = "", when: datetime | None = None, now=None
) -> PressRelease:
    """Take one workflow step. Raises TransitionRefused or PublicationHeld with a Spanish reason."""
    now = now or timezone.now()
    comment = (comment or "").strip()
    try:
        with transaction.atomic():
            current = PressRelease.objects.select_for_update().get(pk=release.pk)
            reason = refusal_reason(actor, current, name)
            if reason:
                raise TransitionRefused(reason)
            transition = TRANSITIONS[name]
            if transition.comment_required and not comment:
                raise TransitionRefused(_("Escriba un comentario que explique el motivo."))
            _HANDLERS[name](current, actor, comment, when=when, now=now)
    except PublicationHeld as held:
        _record_hold(release.pk, held.reasons)
        release.refresh_from_db()
        raise
    release.refresh_from_db()
    return release


def _submit(release, actor, comment, *, now, **_kw):
    missing_alt = [p.asset for p in release.photos.select_related("asset") if not p.asset.alt_text.strip()]
    if missing_alt:
        raise TransitionRefused(
            ngettext(
                "Falta el texto alternativo de %(n)s foto: descríbala para quien no puede verla.",
                "Falta el texto alternativo de %(n)s fotos: descríbalas para quien no puede verlas.",
                len(missing_alt),
            )
            % {"n": len(missing_alt)}
        )
    if not release.headline.strip() or not release.lead.strip():
        raise TransitionRefused(_("La nota necesita titular y entradilla antes de ir a revisión."))
    before = release.status
    release.status = S.IN_REVIEW
    release.submitted_at = now
    release.hold_reason = ""
    release.save(update_fields=["status", "submitted_at", "hold_reason", "updated_at"])
    _record_revision(release, actor, "Enviada a revisión")
    _step(release, actor, before, comment, "press.release.submitted")
    _notify_approvers(release)


# The acts a release asks of people: its approval by the head of unit, and Alcaldía's second approval.
REVIEW = "press.release.review"
MAYOR_REVIEW = "press.release.mayor_review"


def review_keys(release: PressRelease) -> list[str]:
    return [notice_key(REVIEW, release.pk), notice_key(MAYOR_REVIEW, release.pk)]


def _notify_approvers(release):
    users = list(approvers_for(release))
    if users:
        notify(
            users=users,
            title=gettext_noop("Nota por aprobar: %(headline)s"),
            title_params={"headline": release.headline[:120]},
            body=release.lead[:200],
            url=release.get_absolute_url(),
            action=notice_key(MAYOR_REVIEW if release.status == S.MAYOR_REVIEW else REVIEW, release.pk),
        )


def _resolve_review(release, actor, resolution: str) -> None:
    """Whoever took the step did it for every approver: "Nota por aprobar" leaves each one's bell."""
    resolve_action(review_keys(release), by=actor, resolution=resolution)


def _approve(release, actor, comment, *, now, **_kw):
    if reason := publicity_refusal(release):
        raise TransitionRefused(reason)
    before = release.status
    release.approved_by = actor
    release.approved_at = now
    release.status = S.MAYOR_REVIEW if release.is_sensitive else S.APPROVED
    release.save(update_fields=["status", "approved_by", "approved_at", "updated_at"])
    _step(release, actor, before, comment, "press.release.approved")
    resolve_action(notice_key(REVIEW, release.pk), by=actor, resolution=gettext_noop("Nota aprobada"))
    if release.status == S.MAYOR_REVIEW:
        _notify_approvers(release)
    else:
        _notify_author(release, gettext_noop("Su nota fue aprobada: %(headline)s"))


def _mayor_approve(release, actor, comment, *, now, **_kw):
    if reason := publicity_refusal(release):
        raise TransitionRefused(reason)
    before = release.status
    release.mayor_approved_by = actor
    release.mayor_approved_at = now
    release.status = S.APPROVED
    release.save(update_fields=["status", "mayor_approved_by", "mayor_approved_at", "updated_at"])
    _step(release, actor, before, comment, "press.release.mayor_approved")
    _resolve_review(release, actor, gettext_noop("Nota aprobada por Alcaldía"))
    _notify_author(release, gettext_noop("Alcaldía aprobó su nota: %(headline)s"))


def _notify_author(release, title):
    notify(
        users=[release.author],
        title=title,
        title_params={"headline": release.headline[:120]},
        url=release.get_absolute_url(),
    )


def _back_to_draft(release, actor, comment, action: str) -> None:
    """A draft again: approvals and schedule are dropped, so it is approved again before it goes out."""
    before = release.status
    release.approved_by = None
    release.approved_at = None
    release.mayor_approved_by = None
    release.mayor_approved_at = None
    release.scheduled_for = None
    release.status = S.DRAFT
    release.save()
    _step(release, actor, before, comment, action)


def _return(release, actor, comment, **_kw):
    _back_to_draft(release, actor, comment, "press.release.returned")
    _resolve_review(release, actor, gettext_noop("Nota devuelta con observaciones"))
    _notify_author(release, gettext_noop("Su nota volvió con observaciones: %(headline)s"))


def _schedule(release, actor, comment, *, when, now, **_kw):
    if when is None or when <= now:
        raise TransitionRefused(_("Indique una fecha y hora de publicación futuras."))
    before = release.status
    release.status = S.SCHEDULED
    release.scheduled_for = when
    release.save(update_fields=["status", "scheduled_for", "updated_at"])
    _step(release, actor, before, comment, "press.release.scheduled", {"scheduled_for": [None, when.isoformat()]})


def _unschedule(release, actor, comment, **_kw):
    before = release.status
    release.status = S.APPROVED
    release.scheduled_for = None
    release.save(update_fields=["status", "scheduled_for", "updated_at"])
    _step(release, actor, before, comment, "press.release.unscheduled")


def _publish(release, actor, comment, *, now, **_kw):
    reasons = prepublication_problems(release)
    if reasons:
        raise PublicationHeld(reasons)
    before = release.status
    release.status = S.PUBLISHED
    release.published_at = now
    release.hold_reason = ""
    release.save(update_fields=["status", "published_at", "hold_reason", "updated_at"])
    _step(release, actor, before, comment, "press.release.published")
    _resolve_review(release, actor, gettext_noop("Nota publicada"))
    from heraldo.press.services.media import asset_strip_location

    for photo in release.photos.select_related("asset"):
        asset_strip_location(asset=photo.asset)
    distribution_enqueue_on_publish(release)


def _record_hold(release_id: int, reasons: list[str]) -> None:
    """Runs after the refused transaction rolled back: the hold itself is kept and audited."""
    text = "\n".join(reasons)
    with transaction.atomic():
        PressRelease.objects.filter(pk=release_id).update(hold_reason=text)
        held = PressRelease.objects.get(pk=release_id)
        audit_record(actor=None, action="press.release.held", target=held, changes={"reasons": reasons})
        notify(
            users=[held.author],
            title=gettext_noop("Publicación retenida: %(headline)s"),
            title_params={"headline": held.headline[:120]},
            body=text[:400],
            url=held.get_absolute_url(),
            level="warning",
        )


def _withdraw(release, actor, comment, *, now, **_kw):
    before = release.status
    release.status = S.WITHDRAWN
    release.withdrawn_at = now
    release.save(update_fields=["status", "withdrawn_at", "updated_at"])
    _step(release, actor, before, comment, "press.release.withdrawn")
    _resolve_review(release, actor, gettext_noop("Nota retirada"))


def _reopen(release, actor, comment, **_kw):
    _back_to_draft(release, actor, comment, "press.release.reopened")
    _resolve_review(release, actor, gettext_noop("Nota vuelta a borrador"))


_HANDLERS = {
    "submit": _submit,
    "approve": _approve,
    "mayor_approve": _mayor_approve,
    "return": _return,
    "schedule": _schedule,
    "unschedule": _unschedule,
    "publish": _publish,
    "withdraw": _withdraw,
    "reopen": _reopen,
}


def press_publish_due(*, now: datetime | None = None) -> list[int]:
    """The scheduler's step: publish every scheduled release whose time has come. Returns the published ids.

    A release a check holds back stays scheduled (with its reason recorded) and
    is tried again on the next run, so lifting the ban publishes it.
    """
    now = now or timezone.now()
    published = []
    due = PressRelease.objects.filter(status=S.SCHEDULED, scheduled_for__lte=now).order_by("scheduled_for")
    for release in due:
        system_actor = release.approved_by or release.author
        try:
            with transaction.atomic():
                current = PressRelease.objects.select_for_update().get(pk=release.pk)
                if current.status != S.SCHEDULED:
                    continue
                _publish(current, system_actor, _("Publicación programada"), now=now)
        except PublicationHeld as held:
            if release.hold_reason != "\n".join(held.reasons):
                _record_hold(release.pk, held.reasons)
            continue
        published.append(release.pk)
    return published
