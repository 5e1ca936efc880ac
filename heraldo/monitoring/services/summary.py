"""The síntesis informativa: compiled from the last 24 hours, edited by an analyst, sent each morning."""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.branding import municipality_name
from heraldo.core.mailing import MassMailing, Recipient
from heraldo.core.outbox import Attachment, outbox_enqueue_templated
from heraldo.core.pdf import render_pdf
from heraldo.monitoring.models import (
    OUR_KINDS,
    Clipping,
    ClippingTopic,
    DailySummary,
    Mention,
    SummaryStatus,
    Tone,
)
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
class SummaryQuote:
    """A statement as the text has it between quotation marks, and who said it."""

    text: str
    speaker: str
    clipping: Clipping


@dataclass
class SummaryContent:
    summary: DailySummary
    period_start: datetime
    period_end: datetime
    sections: list[SummarySection]
    quotes: list[SummaryQuote]
    totals: dict[str, int]


_QUOTE = re.compile(r"[«“\"]([^«»“”\"]{25,600})[»”\"]")
_SPEECH = (
    r"(?:dijo|afirmo|declaro|senalo|sostuvo|indico|explico|anuncio|aseguro|advirtio|critico|cuestiono|lamento|"
    r"exigio|reclamo|denuncio|agrego|anadio|manifesto|expreso|respondio|preciso|recordo|insistio|remarco)"
)
_ATTRIBUTED_AFTER = re.compile(rf"^\s*,?\s*{_SPEECH}\b\s*([^.;:«\n]{{0,60}})")
_ATTRIBUTED_BEFORE = re.compile(r"([^.;«\n]{2,60}?)\s*(?::|" + _SPEECH + r"\s*:?)\s*$")


def summary_period(day: date) -> tuple[datetime, datetime]:
    """The 24 hours that end at the summary hour (07:00 Lima unless configured) of that day."""
    end = timezone.make_aware(datetime.combine(day, time(settings.HERALDO_SUMMARY_HOUR, 0)))
    return end - timedelta(hours=24), end


def summary_get_or_create(*, day: date) -> DailySummary:
    summary, _created = DailySummary.objects.get_or_create(date=day)
    return summary


def summary_of(*, day: date) -> DailySummary:
    """The day's síntesis as saved, or its draft unsaved: reading a day must not write."""
    return DailySummary.objects.filter(date=day).first() or DailySummary(date=day)


def _saved(summary: DailySummary) -> DailySummary:
    # A draft that was only read becomes a row on its first change or sending.
    return summary_get_or_create(day=summary.date) if summary._state.adding else summary


def summary_content(*, summary: DailySummary) -> SummaryContent:
    """The stories of the period that concern the municipality (a mention of it, its authorities or its places),
    once each with the outlets that copied them, under their decided topic, most relevant first."""
    start, end = summary_period(summary.date)
    ours = Mention.objects.filter(clipping_id=OuterRef("pk"), term__kind__in=OUR_KINDS, is_aside=False)
    # A story is ours when any outlet's telling of it names us: a copy grouped under an original whose own lead does
    # not (heldout5 v141, a rewritten lead) would otherwise take the story out of the síntesis with it.
    ours_in_a_copy = Mention.objects.filter(
        clipping__duplicate_of_id=OuterRef("pk"), term__kind__in=OUR_KINDS, is_aside=False
    )
    clippings = list(
        Clipping.objects.filter(published_at__gte=start, published_at__lt=end, duplicate_of__isnull=True)
        .filter(Exists(ours) | Exists(ours_in_a_copy))
        .exclude(pk__in=summary.excluded_ids())
        .select_related("outlet", "source")
        .prefetch_related(Prefetch("copies", queryset=Clipping.objects.select_related("outlet", "source")))
        .order_by("-relevance", "-published_at")[:200]
    )
    topic_of: dict[int, str] = {}
    for clipping_id, topic_name in (
        ClippingTopic.objects.filter(clipping__in=clippings, is_assigned=True)
        .order_by("clipping_id", "-score")
        .values_list("clipping_id", "topic__name")
    ):
        topic_of.setdefault(clipping_id, topic_name)
    sections: dict[str, SummarySection] = {}
    best: dict[str, int] = {}
    for clipping in clippings:
        title = topic_of.get(clipping.pk, _("Otros temas"))
        section = sections.setdefault(title, SummarySection(title, OrderedDict((t, []) for t in TONE_ORDER)))
        section.by_tone[clipping.tone].append(clipping)
        best[title] = max(best.get(title, 0), clipping.relevance)
    ordered = sorted(sections.values(), key=lambda s: (s.title == _("Otros temas"), -best[s.title], -s.count))
    totals = {tone: sum(1 for c in clippings if c.tone == tone) for tone in TONE_ORDER}
    return SummaryContent(summary, start, end, ordered, summary_quotes(clippings)[:8], totals)


def summary_quotes(clippings: list[Clipping]) -> list[SummaryQuote]:
    """Statements between quotation marks with their speaker ("«…», afirmó el alcalde"; "Cárdenas: «…»").

    The speaker is our authority when one of their mentions sits in the attribution, else the attribution's
    own words ("una dirigente"). Quotes nobody is said to have said are left out: a headline is not a quote.
    """
    names = {
        m.term.person_id: m.term.person.full_name
        for m in Mention.objects.filter(clipping__in=clippings, term__person__isnull=False).select_related(
            "term__person"
        )
    }
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for clipping_id, start, end, person_id in Mention.objects.filter(
        clipping__in=clippings, term__person__isnull=False
    ).values_list("clipping_id", "start", "end", "term__person_id"):
        spans.setdefault(clipping_id, []).append((start, end, person_id))
    quotes = []
    for clipping in clippings:
        text = f"{clipping.title}\n{clipping.full_text}"
        folded = clipping.search_text
        if len(text) != len(folded):
            continue
        for match in _QUOTE.finditer(folded):
            after = _ATTRIBUTED_AFTER.match(folded[match.end() : match.end() + 90])
            before = None if after else _ATTRIBUTED_BEFORE.search(folded[max(0, match.start() - 80) : match.start()])
            if not (after or before):
                continue
            if after:
                zone = (match.end(), match.end() + after.end())
                said_by = text[match.end() + after.start(1) : match.end() + after.end(1)]
            else:
                zone = (match.start() - 80, match.start())
                said_by = text[
                    max(0, match.start() - 80) + before.start(1) : max(0, match.start() - 80) + before.end(1)
                ]
            speaker = next(
                (names[p] for s, _e, p in spans.get(clipping.pk, []) if zone[0] <= s < zone[1] and p in names), ""
            )
            speaker = speaker or " ".join(said_by.split()).strip(" ,")
            if speaker:
                quotes.append(SummaryQuote(" ".join(text[match.start(1) : match.end(1)].split()), speaker, clipping))
    # Our authorities first, then the rest, in the stories' order (most relevant first).
    people_names = set(names.values())
    return sorted(quotes, key=lambda q: q.speaker not in people_names)


@transaction.atomic
def summary_update(
    *, actor, summary: DailySummary, headline: str, editor_note: str, excluded_ids: list[int]
) -> DailySummary:
    summary = _saved(summary)
    before = {"headline": summary.headline, "editor_note": summary.editor_note}
    summary.headline = headline
    summary.editor_note = editor_note
    summary.save(update_fields=["headline", "editor_note"])
    summary.excluded.set(Clipping.objects.filter(pk__in=excluded_ids))
    changes = {k: [v, getattr(summary, k)] for k, v in before.items() if v != getattr(summary, k)}
    if excluded_ids:
        changes["excluded"] = excluded_ids
    audit_record(actor=actor, action="monitoring.summary.updated", target=summary, changes=changes)
    return summary


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
        summary = _saved(summary)
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
            "municipality": municipality_name(),
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
