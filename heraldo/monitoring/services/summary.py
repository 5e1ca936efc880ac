"""The síntesis informativa: compiled from the last 24 hours, edited by an analyst, sent each morning."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.mailing import MassMailing, Recipient
from heraldo.core.outbox import Attachment, outbox_enqueue_templated
from heraldo.core.pdf import render_pdf
from heraldo.monitoring.models import Clipping, DailySummary, Mention, SummaryStatus, TermKind, Tone
from heraldo.monitoring.services.alerts import alert_recipients

TONE_ORDER = (Tone.NEGATIVE, Tone.POSITIVE, Tone.NEUTRAL)


@dataclass
class SummarySection:
    title: str
    by_tone: OrderedDict = field(default_factory=OrderedDict)

    @property
    def count(self) -> int:
        return sum(len(items) for items in self.by_tone.values())


@dataclass
class SummaryContent:
    summary: DailySummary
    period_start: datetime
    period_end: datetime
    sections: list[SummarySection]
    quotes: list[Mention]
    totals: dict[str, int]


def summary_period(day: date) -> tuple[datetime, datetime]:
    """The 24 hours that end at the summary hour (07:00 Lima unless configured) of that day."""
    end = timezone.make_aware(datetime.combine(day, time(settings.HERALDO_SUMMARY_HOUR, 0)))
    return end - timedelta(hours=24), end


def summary_get_or_create(*, day: date) -> DailySummary:
    summary, _created = DailySummary.objects.get_or_create(date=day)
    return summary


def summary_content(*, summary: DailySummary) -> SummaryContent:
    start, end = summary_period(summary.date)
    clippings = list(
        Clipping.objects.filter(published_at__gte=start, published_at__lt=end, duplicate_of__isnull=True)
        .exclude(pk__in=summary.excluded.values("pk"))
        .select_related("outlet", "source")
        .prefetch_related("copies")
        .order_by("-relevance", "-published_at")[:200]
    )
    topic_of: dict[int, str] = {}
    for clipping_id, topic_name in Mention.objects.filter(
        clipping__in=clippings, term__kind=TermKind.TOPIC, term__topic__isnull=False
    ).values_list("clipping_id", "term__topic__name"):
        topic_of.setdefault(clipping_id, topic_name)
    sections: dict[str, SummarySection] = {}
    for clipping in clippings:
        title = topic_of.get(clipping.pk, _("Otros temas"))
        section = sections.setdefault(title, SummarySection(title, OrderedDict((t, []) for t in TONE_ORDER)))
        section.by_tone[clipping.tone].append(clipping)
    ordered = sorted(sections.values(), key=lambda s: (s.title == _("Otros temas"), -s.count))
    quotes = list(
        Mention.objects.filter(clipping__in=clippings, term__kind__in=(TermKind.MAYOR, TermKind.MUNICIPALITY))
        .select_related("clipping", "clipping__outlet", "term")
        .order_by("-clipping__relevance", "clipping_id", "start")[:40]
    )
    unique_quotes, seen = [], set()
    for mention in quotes:
        if mention.clipping_id not in seen:
            seen.add(mention.clipping_id)
            unique_quotes.append(mention)
    totals = {tone: sum(1 for c in clippings if c.tone == tone) for tone in TONE_ORDER}
    return SummaryContent(summary, start, end, ordered, unique_quotes[:8], totals)


@transaction.atomic
def summary_update(*, actor, summary: DailySummary, headline: str, editor_note: str, excluded_ids: list[int]) -> None:
    before = {"headline": summary.headline, "editor_note": summary.editor_note}
    summary.headline = headline
    summary.editor_note = editor_note
    summary.save(update_fields=["headline", "editor_note"])
    summary.excluded.set(Clipping.objects.filter(pk__in=excluded_ids))
    changes = {k: [v, getattr(summary, k)] for k, v in before.items() if v != getattr(summary, k)}
    if excluded_ids:
        changes["excluded"] = excluded_ids
    audit_record(actor=actor, action="monitoring.summary.updated", target=summary, changes=changes)


def summary_readers():
    """Who the síntesis is for: those who receive the alerts, except the analysts of Monitoreo, who write it."""
    from heraldo.core.roles import MONITORING

    return alert_recipients().exclude(groups__name=MONITORING)


def summary_mailing(*, summary: DailySummary) -> MassMailing:
    """The síntesis e-mail (its PDF attached) to each Alcaldía and Gerencia account with an address."""
    from django.urls import reverse

    content = summary_content(summary=summary)
    pdf_url = settings.HERALDO_SITE_URL + reverse("monitoring:summary_pdf", args=[summary.date])
    pdfs: dict[str, Attachment] = {}  # one rendering per language, however many recipients read it

    def attachments_for(language: str) -> list[Attachment]:
        if language not in pdfs:
            pdfs[language] = summary_pdf_attachment(summary=summary, content=content, language=language)
        return [pdfs[language]]

    return MassMailing(
        scope=f"monitoring.summary.{summary.date.isoformat()}",
        what=_("La síntesis informativa del %(day)s, con su PDF") % {"day": summary.date.strftime("%d/%m/%Y")},
        template="monitoring/email/summary",
        recipients=[
            Recipient(name=u.get_full_name(), email=u.email, language=getattr(u, "language", "es") or "es", record=u)
            for u in summary_readers()
            if u.email
        ],
        context_for=lambda recipient: {"content": content, "user": recipient.record, "pdf_url": pdf_url},
        attachments_for=attachments_for,
    )


def summary_send(*, summary: DailySummary, actor=None, mailing: MassMailing | None = None) -> int:
    """E-mail the summary (with a link to its PDF) to the Mayor and the Manager; once per recipient and day."""
    mailing = mailing or summary_mailing(summary=summary)
    with transaction.atomic():
        for recipient in mailing.recipients:
            outbox_enqueue_templated(
                key=f"monitoring-summary-{summary.date.isoformat()}-u{recipient.record.pk}",
                to=[recipient.email],
                template=mailing.template,
                context=mailing.context_for(recipient),
                language=recipient.language,
                attachments=mailing.attachments_for(recipient.language),
            )
        DailySummary.objects.filter(pk=summary.pk).update(
            status=SummaryStatus.SENT, sent_at=timezone.now(), sent_by=actor if actor else None
        )
        audit_record(actor=actor, action="monitoring.summary.sent", target=summary)
    return mailing.count


def summary_pdf_bytes(*, summary: DailySummary, content: SummaryContent | None = None) -> bytes:
    return render_pdf(
        "monitoring/summary_pdf.html",
        {
            "content": content or summary_content(summary=summary),
            "municipality": settings.HERALDO_MUNICIPALITY_NAME,
        },
    )


def summary_pdf_attachment(*, summary: DailySummary, content: SummaryContent, language: str) -> Attachment:
    with translation.override(language):
        pdf = summary_pdf_bytes(summary=summary, content=content)
    return Attachment(filename=f"sintesis-{summary.date.isoformat()}.pdf", content=pdf, content_type="application/pdf")


def monitoring_morning_summary_if_due(*, now: datetime | None = None) -> DailySummary | None:
    """The hourly step: at the configured hour (Lima) the day's summary goes out, once."""
    now = now or timezone.now()
    if timezone.localtime(now).hour != settings.HERALDO_SUMMARY_HOUR:
        return None
    return monitoring_morning_summary(now=now)


def monitoring_morning_summary(*, now: datetime | None = None) -> DailySummary:
    """The periodic step: today's summary is compiled and, unless an analyst already sent it, sent."""
    now = now or timezone.now()
    summary = summary_get_or_create(day=timezone.localdate(now))
    if summary.status != SummaryStatus.SENT:
        summary_send(summary=summary)
        summary.refresh_from_db()
    return summary
