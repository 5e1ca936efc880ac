"""Use cases of Reportes: compile, write, comment, approve, send; the POI targets; the Word template.

borrador → aprobado (Jefatura) → enviado a la Alcaldía (archived as version N)
    ↑ any edit of an approved or sent report: a draft again (after a send, of version N + 1)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.outbox import Attachment, outbox_enqueue_templated
from heraldo.core.report_sections import compile_sections
from heraldo.core.writes import Refused, StateConflict
from heraldo.reports.documents import (
    WORD_CONTENT_TYPE,
    check_word_template,
    render_report_docx,
    render_report_pdf,
    report_content,
)
from heraldo.reports.models import Comment, Narrative, PoiActivity, PoiActual, Report, SentVersion, WordTemplate


def _reopen_if_final(report: Report, *, actor) -> None:
    """An edit of an approved report withdraws the approval; of a sent one, it starts the next version."""
    if report.status == Report.Status.DRAFT:
        return
    if report.status == Report.Status.SENT:
        report.version += 1
    report.status = Report.Status.DRAFT
    report.approved_by = None
    report.approved_at = None
    audit_record(actor=actor, action="reports.report.reopened", target=report, changes={"versión": report.version})


def report_compile(*, actor, period_start: date, period_end: date) -> Report:
    """Compile (or compile again) the report of a period from what the office did in it.

    A narrative still equal to the draft it was given follows the new draft; one the office wrote stays.
    """
    if period_end < period_start:
        raise Refused(_("La fecha final es anterior a la inicial."), field="period_end")
    sections = [section.as_dict() for section in compile_sections(period_start, period_end)]
    with transaction.atomic():
        report = Report.objects.select_for_update().filter(period_start=period_start, period_end=period_end).first()
        old_drafts: dict[str, str] = {}
        if report is None:
            report = Report(period_start=period_start, period_end=period_end, created_by=actor)
        else:
            old_drafts = {section["key"]: section["draft"] for section in report.sections}
            _reopen_if_final(report, actor=actor)
        report.sections = sections
        report.compiled_at = timezone.now()
        report.save()
        narratives = {n.section_key: n for n in report.narratives.all()}
        for section in sections:
            narrative = narratives.get(section["key"])
            if narrative is None:
                Narrative.objects.create(report=report, section_key=section["key"], text=section["draft"])
            elif narrative.text == old_drafts.get(section["key"]):
                narrative.text = section["draft"]
                narrative.save(update_fields=["text", "updated_at"])
        audit_record(
            actor=actor,
            action="reports.report.compiled",
            target=report,
            changes={"secciones": len(sections), "versión": report.version},
        )
    return report


def report_narratives_save(*, actor, report: Report, texts: Mapping[str, str]) -> Report:
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
        narratives = {n.section_key: n for n in report.narratives.all()}
        changed = []
        for key, text in texts.items():
            narrative = narratives.get(key)
            if narrative is None or narrative.text == text:
                continue
            narrative.text = text
            narrative.updated_by = actor if getattr(actor, "is_authenticated", False) else None
            narrative.save(update_fields=["text", "updated_by", "updated_at"])
            changed.append(key)
        if changed:
            _reopen_if_final(report, actor=actor)
            report.save()
            audit_record(
                actor=actor, action="reports.report.narrative_edited", target=report, changes={"secciones": changed}
            )
    return report


def report_comment(*, actor, report: Report, body: str, section_key: str = "") -> Comment:
    with transaction.atomic():
        comment = Comment.objects.create(
            report=report, version=report.version, section_key=section_key, author=actor, body=body
        )
        audit_record(actor=actor, action="reports.report.commented", target=report, changes={"sección": section_key})
    return comment


def approve_refusal(report: Report) -> str:
    """Why the report cannot be approved now, or "" when it can."""
    if report.status == Report.Status.APPROVED:
        return _("El informe ya está aprobado.")
    if report.status == Report.Status.SENT:
        return _("Esta versión ya se envió. Modifique la redacción para preparar una nueva versión.")
    return ""


def send_refusal(report: Report) -> str:
    if report.status == Report.Status.SENT:
        return _("Esta versión ya se envió a la Alcaldía.")
    if report.status != Report.Status.APPROVED:
        return _("La Jefatura debe aprobar el informe antes de enviarlo.")
    return ""


def report_approve(*, actor, report: Report) -> Report:
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
        if reason := approve_refusal(report):
            raise StateConflict(reason)
        report.status = Report.Status.APPROVED
        report.approved_by = actor
        report.approved_at = timezone.now()
        report.save(update_fields=["status", "approved_by", "approved_at", "updated_at"])
        audit_record(actor=actor, action="reports.report.approved", target=report, changes={"versión": report.version})
    return report


def file_stem(report: Report) -> str:
    return f"informe-{report.period_start:%Y-%m-%d}-al-{report.period_end:%Y-%m-%d}-v{report.version}"


def report_send(*, actor, report: Report, recipients: Sequence[str]) -> SentVersion:
    """Archive the approved version exactly as sent (content, PDF, Word) and mail both files to the Alcaldía."""
    if not recipients:
        raise Refused(_("Indique al menos un correo de la Alcaldía."), field="recipients")
    with transaction.atomic():
        report = Report.objects.select_for_update(of=("self",)).select_related("approved_by").get(pk=report.pk)
        if reason := send_refusal(report):
            raise StateConflict(reason)
        content = report_content(report)
        pdf = render_report_pdf(content)
        docx = render_report_docx(content)
        now = timezone.now()
        sent = SentVersion.objects.create(
            report=report,
            number=report.version,
            content=content,
            pdf=pdf,
            docx=docx,
            recipients=list(recipients),
            approved_by=report.approved_by,
            approved_at=report.approved_at,
            sent_by=actor,
            sent_at=now,
        )
        stem = file_stem(report)
        outbox_enqueue_templated(
            key=f"reports.report.{report.pk}.v{report.version}",
            to=list(recipients),
            template="reports/email/report",
            context={"report": report, "content": content, "sender": actor},
            attachments=[
                Attachment(f"{stem}.pdf", pdf, "application/pdf"),
                Attachment(f"{stem}.docx", docx, WORD_CONTENT_TYPE),
            ],
        )
        report.status = Report.Status.SENT
        report.save(update_fields=["status", "updated_at"])
        audit_record(
            actor=actor,
            action="reports.report.sent",
            target=report,
            changes={"versión": report.version, "destinatarios": list(recipients)},
        )
    return sent


POI_FIELDS = ("year", "name", "unit_of_measure", "monthly_targets", "counts_from", "position")


def poi_activity_save(*, actor, activity: PoiActivity | None = None, **values) -> PoiActivity:
    with transaction.atomic():
        activity = activity or PoiActivity()
        for name in POI_FIELDS:
            if name in values:
                setattr(activity, name, values[name])
        activity.save()
        audit_record(
            actor=actor,
            action="reports.poi.saved",
            target=activity,
            changes={name: values[name] for name in POI_FIELDS if name in values},
        )
    return activity


def poi_activity_delete(*, actor, activity: PoiActivity) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="reports.poi.deleted", target=activity)
        activity.delete()


def poi_actuals_save(*, actor, activity: PoiActivity, values: Mapping[int, object]) -> None:
    """The hand-counted actuals of an activity, month by month; an empty month removes its value."""
    if activity.counts_from:
        raise Refused(_("Esta actividad se cuenta sola desde el informe: no se registran avances a mano."))
    with transaction.atomic():
        for month, value in values.items():
            if value is None:
                PoiActual.objects.filter(activity=activity, month=month).delete()
            else:
                PoiActual.objects.update_or_create(activity=activity, month=month, defaults={"value": value})
        audit_record(
            actor=actor,
            action="reports.poi.actuals_saved",
            target=activity,
            changes={str(month): value for month, value in values.items()},
        )


def word_template_upload(*, actor, data: bytes, name: str) -> WordTemplate:
    check_word_template(data)
    with transaction.atomic():
        template = WordTemplate.objects.create(content=data, original_name=name[:200], uploaded_by=actor)
        audit_record(actor=actor, action="reports.template.uploaded", target=template)
    return template


def word_template_reset(*, actor) -> None:
    with transaction.atomic():
        WordTemplate.objects.all().delete()
        audit_record(actor=actor, action="reports.template.reset", target_label="")
