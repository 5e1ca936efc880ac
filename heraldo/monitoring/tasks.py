"""Background jobs of Monitoreo: thin wrappers around functions a test can call."""

from heraldo.core.jobs import job
from heraldo.monitoring.models import Clipping
from heraldo.monitoring.selectors import POLL_NOW_JOB
from heraldo.monitoring.services.alerts import alert_deliver, alerts_evaluate
from heraldo.monitoring.services.clippings import clipping_read_scan
from heraldo.monitoring.services.polling import source_poll_now
from heraldo.monitoring.services.topics import topics_retag


@job("monitoring.read_scan", max_attempts=2)
def read_scan_job(*, clipping_id: int) -> None:
    clipping_read_scan(clipping_id=clipping_id)


@job("monitoring.alerts_evaluate")
def alerts_evaluate_job(*, clipping_ids: list[int]) -> None:
    for clipping in Clipping.objects.select_related("source").filter(pk__in=clipping_ids).order_by("pk"):
        alerts_evaluate(clipping=clipping)


@job("monitoring.alert_deliver")
def alert_deliver_job(*, alert_id: int, channel: str) -> None:
    alert_deliver(alert_id=alert_id, channel=channel)


@job("monitoring.topics_retag", max_attempts=2)
def topics_retag_job() -> None:
    topics_retag()


# One attempt: the poll records its own failure on the source (shown on its page) and the periodic poll comes anyway.
@job(POLL_NOW_JOB, max_attempts=1)
def source_poll_job(*, source_id: int) -> None:
    source_poll_now(source_id=source_id)
