"""Background jobs of Monitoreo: thin wrappers around functions a test can call."""

from heraldo.core.jobs import job
from heraldo.monitoring.models import Source
from heraldo.monitoring.services.clippings import clipping_read_scan
from heraldo.monitoring.services.polling import source_poll


@job("monitoring.poll_source")
def poll_source_job(*, source_id: int) -> None:
    source = Source.objects.filter(pk=source_id, is_active=True).first()
    if source is not None:
        source_poll(source=source)


@job("monitoring.read_scan", max_attempts=2)
def read_scan_job(*, clipping_id: int) -> None:
    clipping_read_scan(clipping_id=clipping_id)
